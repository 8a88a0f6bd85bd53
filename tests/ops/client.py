"""A minimal HTTP client for the app servers: keeps cookies itself (production cookies are Secure, and the
servers speak plain HTTP on 127.0.0.1), never follows redirects, and can carry its cookies from one app server
to another, as a load balancer would send one visitor to either."""

from __future__ import annotations

import http.client
import re
import urllib.parse
from dataclasses import dataclass, field

CSRF_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode(errors="replace")

    def csrf_token(self) -> str:
        return CSRF_TOKEN.search(self.body).group(1).decode()


@dataclass
class Visitor:
    cookies: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, url: str, data: dict | None = None) -> Response:
        parts = urllib.parse.urlsplit(url)
        headers = {"Accept-Language": "sl", **self.headers}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    cookie_name, cookie_value = value.split(";", 1)[0].split("=", 1)
                    self.cookies[cookie_name] = cookie_value
            return Response(response.status, {k.lower(): v for k, v in response.getheaders()}, content)
        finally:
            connection.close()

    def get(self, url: str) -> Response:
        return self.request("GET", url)

    def post(self, url: str, data: dict) -> Response:
        return self.request("POST", url, data)

    def submit(self, form_url: str, data: dict, post_to: str | None = None) -> Response:
        """GET the form (CSRF cookie and token), then POST it with `data`, to the same or another server."""
        form = self.get(form_url)
        assert form.status == 200, form.status
        return self.post(post_to or form_url, {"csrfmiddlewaretoken": form.csrf_token(), **data})


def sign_up(server: str, email: str, client_ip: str, *, form_server: str | None = None) -> Response:
    """The newsletter sign-up as a browser sends it, from `client_ip` (as the proxy reports it)."""
    visitor = Visitor(headers={"X-Forwarded-For": client_ip})
    data = {"email": email, "language": "sl", "consent": "on", "website": ""}
    return visitor.submit(f"{form_server or server}/sl/e-novice/prijava/", data, f"{server}/sl/e-novice/prijava/")
