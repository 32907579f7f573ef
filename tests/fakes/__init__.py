"""Loopback fake servers that speak the real Jina and Elasticsearch wire formats."""
