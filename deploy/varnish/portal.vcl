# Varnish 7 in front of the 2SoKroG portal's gunicorn app servers (docs/deployment.md, "The caching proxy").
#
# The portal decides what may be shared: only responses it marks `Cache-Control: public` are kept, for their
# `s-maxage`; `private`, `no-store`, `no-cache` and anything that sets a cookie never are. Publishing purges:
# the app servers send `PURGE <path>` (wagtail.contrib.frontend_cache, FRONTEND_CACHE_PURGE_URL), which removes
# that path and everything below it (any query string, feeds, calendars, pages of a listing).
#
# What differs per deployment (backend addresses, who may purge) lives in `backends.vcl` next to this file
# (see backends.vcl.example); everything else is here and the same everywhere.
vcl 4.1;

import std;
import directors;

# /healthz answers 503 while the database is down; a sick backend gets no new requests, and readers get the
# last good copy of what was seen before (grace) or a short localized 503.
probe portal_healthz {
    .url = "/healthz";
    .interval = 1s;
    .timeout = 3s;  # /healthz also asks Redis (1 s timeouts): a Redis outage must not make a server "sick"
    .window = 3;
    .threshold = 2;
    .initial = 2;
    .expected_response = 200;
}

# Defines the backends (with `.probe = portal_healthz;`), a director named `portal` in vcl_init and the ACL
# `purgers` (the app servers' addresses).
include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = portal.backend();
    # A healthy backend refreshes what has expired; a sick one leaves readers the stale copy (beresp.grace).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    unset req.http.X-Cache;
    # Django ignores X-Forwarded-Host (USE_X_FORWARDED_HOST is off); never let it reach the app or the key.
    unset req.http.X-Forwarded-Host;
    unset req.http.Forwarded;
    set req.http.Host = std.tolower(req.http.Host);
    # Set by the TLS terminator in front; anything but "https" is plain HTTP (and only two variants of a page).
    if (req.http.X-Forwarded-Proto != "https") {
        unset req.http.X-Forwarded-Proto;
    }

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is allowed from the app servers only"));
        }
        # The path and everything below it; `PURGE /` empties the whole cache. Regex characters are escaped
        # so a path is only ever a prefix.
        ban("obj.http.x-url ~ ^" + regsuball(regsub(req.url, "\?.*$", ""), "([][.+*?^$(){}|\\])", "\\\1"));
        return (synth(200, "Purged"));
    }
    if (req.method !~ "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$") {
        return (synth(405, "Method not allowed"));
    }
    # Nobody types a NUL; PostgreSQL refuses them. Refused here, never stored.
    if (req.url ~ "%00") {
        return (synth(400, "Bad request"));
    }
    if (req.url ~ "^.{2001}") {
        return (synth(414, "URI too long"));
    }

    # Tracking parameters change nothing on a page: out of the URL (and the key), then the rest in order.
    set req.url = regsuball(req.url, "(?<=[?&])(utm_[A-Za-z0-9_]*|fbclid|gclid|msclkid|mc_cid|mc_eid)=[^&]*(&|$)", "");
    set req.url = regsub(req.url, "[?&]+$", "");
    set req.url = std.querysort(req.url);

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Editors, previews and forms: a session or CSRF cookie means the answer is for one person.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;)\s*(sessionid|csrftoken)=" || req.url ~ "^/admin(/|$)") {
        return (pass);
    }

    if (req.url == "/") {
        # `/` redirects by the language cookie, else Accept-Language: one normalised Accept-Language (sl, hr or
        # en) and no cookie, so the proxy keeps exactly one redirect per language.
        if (req.http.Cookie ~ "(^|;)\s*django_language=(sl|hr|en)(;|$)") {
            set req.http.Accept-Language = regsub(req.http.Cookie, "^(.*;)?\s*django_language=(sl|hr|en)(;.*)?$", "\2");
        } else if (req.http.Accept-Language ~ "(?i)(^|[,\s])(sl|hr|en)([-_][a-z0-9]+)*\s*(;\s*q=(1|0\.0*[1-9][0-9]*)\s*)?(,|$)") {
            set req.http.Accept-Language = std.tolower(regsub(req.http.Accept-Language,
                "(?i)^.*?(^|[,\s])(sl|hr|en)([-_][a-z0-9]+)*\s*(;\s*q=(1|0\.0*[1-9][0-9]*)\s*)?(,.*)?$", "\2"));
        } else {
            set req.http.Accept-Language = "sl";
        }
        unset req.http.Cookie;
        return (hash);
    }

    # Elsewhere the language is in the path: neither the language cookie nor Accept-Language changes a page.
    unset req.http.Cookie;
    if (req.url ~ "^/(sl|hr|en)/") {
        unset req.http.Accept-Language;
    } else {
        set req.http.Accept-Language = "sl";
    }
    # Only listing parameters (pagination and filters) can give a stored page; search terms and anything
    # else go to the app every time, so nobody can fill the cache with variants of a URL.
    if (req.url ~ "\?" && (req.url ~ "^.{401}" ||
            regsuball(regsub(req.url, "^[^?]*\?", "&"), "&(page|tag|year|type|country|town)=[^&]*", "") != "")) {
        return (pass);
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.Host);
    # Pages hold absolute links (canonical, hreflang, feeds): by scheme as well as host.
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    # For bans that the ban lurker can test without a request (removed again in vcl_deliver).
    set beresp.http.x-url = bereq.url;
    # The whole answer is fetched before the reader gets a byte (pages, feeds, stylesheets: all far below 2 MB;
    # Django renders a page whole before sending it, so nobody waits longer). An app server that dies in the
    # middle of a body then gives a failed fetch, which vcl_synth asks again of the next server, instead of a
    # truncated page. Larger answers and those of unknown length (documents, exports) are streamed.
    if (std.integer(beresp.http.Content-Length, 2097153) <= 2097152) {
        set beresp.do_stream = false;
    }
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        # Keep serving the stale copy rather than replacing it with an error.
        return (abandon);
    }
    if ((beresp.status != 200 && beresp.status != 301 && beresp.status != 302)
            || beresp.http.Cache-Control !~ "(?i)(^|,)\s*public\s*(,|$)"
            || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache"
            || beresp.http.Set-Cookie
            || beresp.http.Vary ~ "\*") {
        # Not shareable: straight to the app next time as well (no coalescing of private answers).
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    # beresp.ttl comes from s-maxage. Stale copies are kept for outages (served only while the backend is sick).
    set beresp.grace = 24h;
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~
            "^(text/html|text/calendar|text/plain|text/xml|application/(json|xml|rss\+xml|atom\+xml))") {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_backend_error {
    # No answer from the app server (killed, restarting, refusing connections, none healthy). A background
    # refresh keeps the stale copy; a reader's request goes to vcl_synth as a 503, which asks again.
    return (abandon);
}

sub vcl_deliver {
    unset resp.http.x-url;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    # Operators see hits: X-Cache (HIT, HIT-STALE or MISS) next to Age.
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
        if (obj.ttl < 0s) {
            set resp.http.X-Cache = "HIT-STALE";
        }
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

sub vcl_synth {
    set resp.http.Cache-Control = "no-store";
    set resp.http.X-Content-Type-Options = "nosniff";
    if (resp.status == 503) {
        # A fetch that failed (no answer, or a body cut short: see vcl_backend_response) before the probe has
        # noticed: a read starts again from vcl_recv, and the director picks the next app server. Up to three
        # times, since with other requests in between the round robin may hand the dead server out again.
        if (req.restarts < 3 && (req.method == "GET" || req.method == "HEAD")) {
            return (restart);
        }
        call portal_unavailable;
        return (deliver);
    }
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}

# No app server could answer and nothing is stored: a short page in the reader's language (from the path, else
# vcl_recv's normalised Accept-Language), never cached.
sub portal_unavailable {
    set resp.http.x-language = regsub(req.url, "^/(sl|hr|en)/.*$", "\1");
    if (resp.http.x-language !~ "^(sl|hr|en)$") {
        set resp.http.x-language = req.http.Accept-Language;
    }
    set resp.http.Retry-After = "30";
    set resp.http.Content-Type = "text/html; charset=utf-8";
    set resp.http.Content-Security-Policy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    set resp.http.X-Frame-Options = "DENY";
    set resp.http.Referrer-Policy = "strict-origin-when-cross-origin";
    if (resp.http.x-language == "hr") {
        set resp.body = {"<!DOCTYPE html>
<html lang="hr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stranica trenutačno nije dostupna – 2SoKroG</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}</style></head>
<body><main><h1>Stranica trenutačno nije dostupna</h1>
<p>Portal se održava ili je privremeno preopterećen. Pokušajte ponovno za nekoliko minuta.</p>
<p><a href="/hr/">Na početnu stranicu</a></p></main></body></html>
"};
    } else if (resp.http.x-language == "en") {
        set resp.body = {"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The page is not available at the moment – 2SoKroG</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}</style></head>
<body><main><h1>The page is not available at the moment</h1>
<p>The portal is being maintained or is briefly overloaded. Please try again in a few minutes.</p>
<p><a href="/en/">Go to the home page</a></p></main></body></html>
"};
    } else {
        set resp.body = {"<!DOCTYPE html>
<html lang="sl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stran trenutno ni dosegljiva – 2SoKroG</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}</style></head>
<body><main><h1>Stran trenutno ni dosegljiva</h1>
<p>Portal vzdržujemo ali pa je trenutno preobremenjen. Poskusite znova čez nekaj minut.</p>
<p><a href="/sl/">Na domačo stran</a></p></main></body></html>
"};
    }
    unset resp.http.x-language;
}
