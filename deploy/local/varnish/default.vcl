vcl 4.1;
# Varnish 7.1 with varnish-modules (xkey) in front of two Masthead instances on loopback, as
# deploy/local/scale-demo.sh runs them. SCALING.md explains the rules; a CDN needs the same ones.
#
# @PURGE_TOKEN@ is a placeholder: scale-demo.sh writes a copy of this file with a random token in its place. Until
# it is replaced, every purge is refused (see purge_from_webhook).

import directors;
import std;
import xkey;

backend a {
    .host = "127.0.0.1";
    .port = "18181";
}

backend b {
    .host = "127.0.0.1";
    .port = "18182";
}

# Readiness is served on each instance's management port, and Varnish probes a backend only on its own address. So
# the management ports are backends of their own that carry nothing but the probes, and vcl_backend_fetch sends
# traffic only to the instances whose probe passes.
probe ready {
    .url = "/q/health/ready";
    .expected_response = 200;
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend a_management {
    .host = "127.0.0.1";
    .port = "19181";
    .probe = ready;
}

backend b_management {
    .host = "127.0.0.1";
    .port = "19182";
    .probe = ready;
}

# Who may purge: the instances, which send the webhooks.
acl instances {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new round_robin = directors.round_robin();
    round_robin.add_backend(a);
    round_robin.add_backend(b);
}

sub vcl_recv {
    if (req.url ~ "^/\.well-known/masthead-purge/") {
        call purge_from_webhook;
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The management API is per editor and changes what it shows with every write; a request with credentials may
    # see what the public may not.
    if (req.url ~ "^/manage(/|\?|$)" || req.http.Authorization) {
        return (pass);
    }
    # The API reads no cookie, and builtin.vcl would pass every request that carries one (a browser sends the
    # site's own cookies along).
    unset req.http.Cookie;
    return (hash);
}

# A webhook delivery (POST) of an article event; Masthead-Surrogate-Keys names what to purge.
#
# A hard purge (xkey.purge), not a soft one: a soft purge keeps the object for grace, so the next reader would
# still get the old version once (a corrected headline, an unpublished article that must go). The origin is
# protected anyway, because Varnish sends one fetch per object to the backend and makes the other readers of it wait
# (request coalescing).
sub purge_from_webhook {
    if (req.method != "POST") {
        return (synth(405, "Method Not Allowed"));
    }
    if (client.ip !~ instances) {
        return (synth(403, "Forbidden"));
    }
    # A token that was never templated in fails this, so that an untemplated file cannot be purged by anyone.
    if ("@PURGE_TOKEN@" !~ "^[A-Za-z0-9_-]{32,}$"
            || req.url != "/.well-known/masthead-purge/" + "@PURGE_TOKEN@") {
        return (synth(403, "Forbidden"));
    }
    if (!req.http.Masthead-Surrogate-Keys) {
        return (synth(400, "Masthead-Surrogate-Keys is missing"));
    }
    # The event names every key it affects, "articles" included when a new article joins the lists.
    set req.http.Purged = xkey.purge(req.http.Masthead-Surrogate-Keys);
    return (synth(200, "Purged " + req.http.Purged));
}

sub vcl_backend_fetch {
    if (std.healthy(a_management) && std.healthy(b_management)) {
        set bereq.backend = round_robin.backend();
    } else if (std.healthy(b_management)) {
        set bereq.backend = b;
    } else {
        # Instance A is ready, or neither is: then A answers (503 with Retry-After while its database is down).
        set bereq.backend = a;
    }
}

sub vcl_backend_response {
    # Only what the API itself declares cacheable is cached, by its own Cache-Control: s-maxage, else max-age
    # (Varnish's own TTL rules), stale-while-revalidate as grace. Without either, the response is passed; Varnish's
    # default TTL would otherwise cache it for two minutes.
    if (beresp.http.Cache-Control !~ "(s-maxage|max-age)=") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # builtin.vcl then passes private, no-store and no-cache responses, and those with Set-Cookie or Vary: *.
}

sub vcl_deliver {
    unset resp.http.xkey;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

sub vcl_synth {
    if (req.http.Purged) {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = "purged " + req.http.Purged + " objects" + {"
"};
        return (deliver);
    }
}
