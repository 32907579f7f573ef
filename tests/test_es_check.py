"""`check_connection` / `photoseek es check`: one clear sentence per problem."""

from __future__ import annotations

import datetime
import hashlib
import json
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from photoseek.cli.main import main
from photoseek.config.settings import ElasticsearchSettings
from photoseek.stores.base import IndexSpec
from photoseek.stores.elastic_check import check_connection
from photoseek.stores.elastic_mapping import index_body
from tests.fakes.elasticsearch import FakeElasticsearch
from tests.fakes.server import FakeServer

ROOT = Path(__file__).resolve().parent.parent
SPEC = IndexSpec("jina-clip-v2", 512)
AUTH = {"users": {"elastic": "right", "reader": "pw"}, "api_keys": {"kid:ksecret": "elastic"}}


def settings(url: str, **kw: Any) -> ElasticsearchSettings:
    return ElasticsearchSettings(urls=[url], **kw)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_all_good_with_a_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "right")
    with FakeElasticsearch("9.1.0", auth=AUTH) as fake:
        url = fake.url
        report = check_connection(settings(url, auth="basic", username="elastic"), SPEC)
    assert report.ok, report.lines
    assert report.version == "9.1.0"
    text = "\n".join(report.lines)
    assert f"Elasticsearch 9.1.0 answers at {url}." in text
    assert "Signed in as elastic (realm reserved)." in text
    assert "may create, write, search and switch the indices photoseek-*" in text
    assert "photoseek-jina-clip-v2-512 does not exist yet" in text
    assert "right" not in text  # never the secret


def test_api_key_and_existing_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOSEEK_ES_API_KEY", "kid:ksecret")
    with FakeElasticsearch("8.15.0", auth=AUTH) as fake:
        from elasticsearch import Elasticsearch

        with Elasticsearch(fake.url, basic_auth=("elastic", "right")) as client:
            client.indices.create(index=SPEC.name, body=index_body(SPEC))
            client.indices.update_aliases(
                actions=[{"add": {"index": SPEC.name, "alias": "photoseek"}}]
            )
        report = check_connection(settings(fake.url), SPEC)
    assert report.ok, report.lines
    text = "\n".join(report.lines)
    assert "Signed in with the API key 'kid-name' of the user elastic." in text
    assert f"The index {SPEC.name} exists and fits 512-dim jina-clip-v2 vectors." in text
    assert f"Searches use {SPEC.name} (512 dims, 0 photos)." in text


def test_security_off_is_fine_but_said() -> None:
    with FakeElasticsearch("8.19.0") as fake:
        report = check_connection(settings(fake.url), SPEC)
    assert report.ok, report.lines
    assert any(line.startswith("Security is disabled on this cluster") for line in report.lines)


def test_wrong_url() -> None:
    port = closed_port()
    report = check_connection(settings(f"http://127.0.0.1:{port}"))
    assert not report.ok and report.version is None
    assert report.problems == [
        f"Cannot reach Elasticsearch at http://127.0.0.1:{port}: nothing answers there "
        "(is the cluster running, and is the URL right?)."
    ]


def test_no_url() -> None:
    report = check_connection(ElasticsearchSettings())
    assert not report.ok
    assert report.problems[0].startswith("No Elasticsearch URL or Cloud ID is set: ")


def test_wrong_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "not-it")
    with FakeElasticsearch("9.1.0", auth=AUTH) as fake:
        report = check_connection(settings(fake.url, auth="basic", username="elastic"))
    assert not report.ok
    assert len(report.problems) == 1
    assert "refused the user name or password (401)" in report.problems[0]
    assert "photoseek secret set es-password" in report.problems[0]
    assert "not-it" not in "\n".join(report.lines)


def test_credentials_needed() -> None:
    with FakeElasticsearch("9.1.0", auth=AUTH) as fake:
        report = check_connection(settings(fake.url))
    assert not report.ok
    assert "needs credentials (401)" in report.problems[0]


def test_missing_privileges_each_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "pw")
    privileges = {"reader": ["read", "view_index_metadata"]}
    with FakeElasticsearch("9.1.0", auth=AUTH, privileges=privileges) as fake:
        report = check_connection(settings(fake.url, auth="basic", username="reader"), SPEC)
    assert not report.ok
    problems = "\n".join(report.problems)
    for privilege in ("create_index", "write", "manage"):
        assert f"missing the index privilege {privilege} on photoseek-*" in problems
    assert "missing the index privilege manage on photoseek)" in problems
    assert "privilege read " not in problems and "view_index_metadata" not in problems


def test_not_elasticsearch() -> None:
    with FakeElasticsearch("9.1.0", product_header=False) as fake:
        url = fake.url
        report = check_connection(settings(url))
    assert not report.ok
    assert report.problems == [
        f"The server at {url} is not Elasticsearch (it does not send the X-Elastic-Product "
        "header); OpenSearch and other look-alikes are not supported."
    ]


def test_some_other_http_server() -> None:
    class Teapot(FakeServer):
        def handle(self, request):  # type: ignore[no-untyped-def]
            from tests.fakes.server import Response

            return Response(200, b"<html>hello</html>", {"Content-Type": "text/html"})

    with Teapot() as other:
        report = check_connection(settings(other.url))
    assert not report.ok
    assert "is not Elasticsearch" in report.problems[0]


@pytest.mark.parametrize("version", ["8.10.4", "7.17.18"])
def test_too_old(version: str) -> None:
    fake = FakeElasticsearch("8.10.4")
    if version.startswith("7"):  # the fake models 8.x/9.x; a 7.x node refuses compatible-with=8
        fake.version, fake.v, fake.major = version, (7, 17, 18), 7
    with fake:
        url = fake.url
        report = check_connection(settings(url))
    assert not report.ok
    if version.startswith("8"):
        assert report.problems == [
            f"Elasticsearch 8.10.4 at {url} is too old: Photoseek needs 8.11 or later "
            "(any 9.x is fine)."
        ]
    else:
        assert "probably Elasticsearch 7 or older" in report.problems[0]


def test_index_options_the_server_lacks() -> None:
    with FakeElasticsearch("8.11.4") as fake:
        report = check_connection(settings(fake.url), SPEC)
    assert not report.ok
    assert "int8_hnsw needs Elasticsearch 8.12.1 or later" in report.problems[0]


def test_mismatched_index_is_a_problem() -> None:
    other = IndexSpec("jina-clip-v2", 256, similarity="cosine")
    with FakeElasticsearch("9.1.0") as fake:
        from elasticsearch import Elasticsearch

        with Elasticsearch(fake.url) as client:
            client.indices.create(index=SPEC.name, body=index_body(other))
        report = check_connection(settings(fake.url), SPEC)
        assert SPEC.name in fake.indices  # only looked at
    assert not report.ok
    assert "256 dims, not 512" in report.problems[0]


# -- TLS ---------------------------------------------------------------------------------------
def _certificates(folder: Path) -> tuple[Path, Path, Path, str]:
    """A private CA and a server certificate for 127.0.0.1: (ca, cert, key, sha256 of cert)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Photoseek test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.crt", folder / "node.crt", folder / "node.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    fingerprint = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    return ca_file, cert_file, key_file, fingerprint


@pytest.fixture
def tls_fake(tmp_path: Path) -> Iterator[tuple[FakeElasticsearch, Path, str]]:
    ca, cert, key, fingerprint = _certificates(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    fake = FakeElasticsearch("9.1.0")
    FakeServer.start(fake, ssl_context=context)
    assert fake.url.startswith("https://")
    try:
        yield fake, ca, fingerprint
    finally:
        fake.stop()


def test_self_signed_certificate(tls_fake: tuple[FakeElasticsearch, Path, str]) -> None:
    fake, ca, fingerprint = tls_fake
    report = check_connection(settings(fake.url))
    assert not report.ok
    assert report.problems == [
        f"The TLS certificate of {fake.url} is not trusted (self-signed or from an unknown "
        "authority): set elasticsearch.ca_certs to the cluster's CA file (e.g. http_ca.crt) or "
        "elasticsearch.fingerprint to its SHA-256 fingerprint."
    ]
    trusted = check_connection(settings(fake.url, ca_certs=str(ca)))
    assert trusted.ok, trusted.lines
    assert f"Certificates are checked against the CA file {ca}." in trusted.lines
    pinned_fp = ":".join(fingerprint[i : i + 2] for i in range(0, 64, 2)).upper()
    pinned = check_connection(settings(fake.url, fingerprint=pinned_fp))
    assert pinned.ok, pinned.lines
    wrong = check_connection(settings(fake.url, fingerprint="0" * 64))
    assert not wrong.ok and "not trusted" in wrong.problems[0]


def test_https_url_for_a_plain_http_server() -> None:
    with FakeElasticsearch("9.1.0") as fake:
        report = check_connection(settings(fake.url.replace("http://", "https://")))
    assert not report.ok
    assert "TLS" in report.problems[0]


# -- the command -------------------------------------------------------------------------------
def test_cli_check(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with FakeElasticsearch("9.1.0") as fake:
        monkeypatch.setenv("PHOTOSEEK_ES_URL", fake.url)
        assert main(["es", "check"]) == 0
        out = capsys.readouterr().out
        assert "Elasticsearch 9.1.0 answers" in out and "Photoseek can use this cluster." in out
        assert main(["es", "check", "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["ok"] is True and data["version"] == "9.1.0" and data["problems"] == []
    monkeypatch.setenv("PHOTOSEEK_ES_URL", f"http://127.0.0.1:{closed_port()}")
    assert main(["es", "check", "--json"]) == 3
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and "nothing answers" in data["problems"][0]
    assert main(["es", "check"]) == 3
    captured = capsys.readouterr()
    assert captured.out.startswith("X Cannot reach Elasticsearch")
    assert "cannot use this cluster" in captured.err


# -- packaging ---------------------------------------------------------------------------------
def test_compose_file() -> None:
    text = (ROOT / "packaging" / "docker-compose.yml").read_text()
    for needed in (
        "discovery.type=single-node",
        "xpack.security.enabled=true",
        "ELASTIC_PASSWORD=${ELASTIC_PASSWORD",
        '"127.0.0.1:${ES_PORT:-9200}:9200"',
        "docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION:-9.",
    ):
        assert needed in text
    assert "\t" not in text
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        return
    doc = yaml.safe_load(text)
    service = doc["services"]["elasticsearch"]
    assert service["ports"] == ["127.0.0.1:${ES_PORT:-9200}:9200"]
    assert "esdata" in doc["volumes"]
    env_example = (ROOT / "packaging" / ".env.example").read_text()
    assert "ELASTIC_PASSWORD=" in env_example


# -- the inference endpoint ----------------------------------------------------------------------
def test_the_inference_endpoint_answers() -> None:
    with FakeElasticsearch("9.4.0") as fake:
        report = check_connection(settings(fake.url), SPEC, inference_endpoint=".jina-clip-v2")
        assert fake.inference.requests == 1  # one word embedded to prove it
    assert report.ok, report.lines
    assert report.lines[-1] == (
        "The inference endpoint .jina-clip-v2 answers: jina-clip-v2, 1024 dims, photos and text."
    )


def test_an_inference_endpoint_the_cluster_lacks_is_a_problem() -> None:
    with FakeElasticsearch("9.3.0") as fake:
        url = fake.url
        report = check_connection(settings(url), SPEC, inference_endpoint=".jina-clip-v2")
    assert not report.ok
    assert report.problems == [
        f"Elasticsearch 9.3.0 at {url} has no `embedding` inference task, which photos need: it "
        "arrived in 9.4 (Serverless has it); upgrade the cluster or set embedding.provider to "
        "jina (the cluster answered: Unknown task_type [embedding])."
    ]
    assert len([line for line in report.lines if "inference" in line]) == 1  # one line


def test_serverless_check() -> None:
    with FakeElasticsearch(serverless=True) as fake:
        url = fake.url
        report = check_connection(settings(url), SPEC, inference_endpoint=".jina-clip-v2")
    assert report.ok, report.lines
    assert report.lines[0] == f"Elasticsearch 8.11.0 (serverless) answers at {url}."
    assert f"The index {SPEC.name} does not exist yet; `photoseek index` will create it." in (
        report.lines
    )


def test_cli_inference_and_endpoints(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeElasticsearch("9.4.0") as fake:
        monkeypatch.setenv("PHOTOSEEK_ES_URL", fake.url)
        assert main(["es", "check", "--inference", ".jina-embeddings-v5-omni-nano"]) == 0
        out = capsys.readouterr().out
        assert "  The inference endpoint .jina-embeddings-v5-omni-nano answers:" in out
        assert main(["es", "check"]) == 0  # provider jina: no inference line
        assert "inference endpoint" not in capsys.readouterr().out
        assert main(["es", "endpoints"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0] == ".jina-clip-v2  jina-clip-v2  dims=1024  photos and text"
        assert (
            ".jina-embeddings-v5-text-nano  jina-embeddings-v5-text-nano  dims=768  text only"
            in (lines)
        )
        assert main(["es", "endpoints", "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["endpoints"][0]["inference_id"] == ".jina-clip-v2"
    monkeypatch.setenv("PHOTOSEEK_ES_URL", f"http://127.0.0.1:{closed_port()}")
    assert main(["es", "endpoints"]) == 3
    assert "nothing answers there" in capsys.readouterr().err
