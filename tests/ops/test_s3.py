"""Media on S3-compatible storage (django-storages), switched on by environment variables, against a local
S3-compatible server the test starts (moto's server mode on 127.0.0.1), never a real cloud."""

import io
import json
import re
import subprocess
import urllib.request

import boto3
import pytest
from django.urls import reverse
from moto.server import ThreadedMotoServer
from PIL import Image

from bench.server import BASE_DIR, VENV_BIN
from home.models import PortalImage
from portal.settings.base import media_storage
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.ops

S3_PORT = 8220
ENDPOINT = f"http://127.0.0.1:{S3_PORT}"
S3_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "portal-media",
    "AWS_S3_ENDPOINT_URL": ENDPOINT,
    "AWS_S3_REGION_NAME": "eu-central-1",
    "AWS_S3_URL_PROTOCOL": "http:",
    "AWS_ACCESS_KEY_ID": "portal-test",
    "AWS_SECRET_ACCESS_KEY": "portal-test-secret",
}


def test_the_bucket_variable_switches_media_to_s3_and_nothing_else_does():
    script = "from django.conf import settings; import json; print(json.dumps(settings.STORAGES['default']))"
    base_env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}

    def storage(extra: dict) -> dict:
        output = subprocess.run(
            [str(VENV_BIN / "python"), "-c", f"import django; django.setup(); {script}"],
            cwd=BASE_DIR,
            env={**base_env, **extra},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return json.loads(output)

    assert storage({})["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    s3 = storage(S3_ENV)
    assert s3["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s3["OPTIONS"]["bucket_name"] == "portal-media" and s3["OPTIONS"]["endpoint_url"] == ENDPOINT
    assert s3["OPTIONS"]["querystring_auth"] is False and s3["OPTIONS"]["file_overwrite"] is False


@pytest.fixture
def s3_media(settings, monkeypatch):
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=S3_PORT, verbose=False)
    server.start()
    for name, value in S3_ENV.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=ENDPOINT, region_name="eu-central-1")
    client.create_bucket(Bucket="portal-media", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    # Public media: the bucket policy lets anyone read objects (docs/deployment.md), so no per-object ACLs.
    public_read = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::portal-media/*"}
        ],
    }
    client.put_bucket_policy(Bucket="portal-media", Policy=json.dumps(public_read))
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(S3_ENV)}
    yield client
    server.stop()


def png(width: int = 400, height: int = 300) -> io.BytesIO:
    data = io.BytesIO()
    Image.new("RGB", (width, height), (20, 120, 200)).save(data, "PNG")
    data.seek(0)
    data.name = "delavnica.png"
    return data


def download(url: str) -> bytes:
    assert url.startswith(ENDPOINT + "/portal-media/"), url
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def test_uploads_through_wagtail_land_in_the_bucket_and_pages_link_renditions_from_it(
    s3_media, site_tree, admin_client, client
):
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Delavnica", "file": png(), "description": "Udeleženci delavnice"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = PortalImage.objects.get(title="Delavnica")
    document_bytes = b"Letno porocilo 2020\n"
    upload = io.BytesIO(document_bytes)
    upload.name = "porocilo.txt"
    response = admin_client.post(reverse("wagtaildocs:add"), {"title": "Poročilo", "file": upload})
    assert response.status_code == 302, response.content.decode()[:2000]

    keys = {item["Key"] for item in s3_media.list_objects_v2(Bucket="portal-media")["Contents"]}
    assert f"original_images/{image.file.name.split('/')[-1]}" in keys
    assert any(key.startswith("documents/porocilo") for key in keys)

    news = NewsPageFactory(parent=site_tree.homes["sl"], lead_image=image)
    news.save_revision().publish()
    page = client.get(news.url)
    assert page.status_code == 200
    sources = set(re.findall(rf'(?:src|srcset)="({re.escape(ENDPOINT)}[^" ]+)', page.content.decode()))
    assert sources, "the page links its image renditions from the bucket"
    for url in sources:
        data = download(url)
        assert data[4:8] == b"ftyp" or data[:4] == b"RIFF" or data[:3] == b"\xff\xd8\xff", url  # AVIF, WebP, JPEG
    assert download(image.file.url)[:8] == b"\x89PNG\r\n\x1a\n"

    from wagtail.documents import get_document_model

    document = get_document_model().objects.get(title="Poročilo")
    served = client.get(document.url)
    if served.status_code == 302:  # redirected to the bucket
        assert download(served["Location"]) == document_bytes
    else:
        assert served.status_code == 200 and b"".join(served.streaming_content) == document_bytes
