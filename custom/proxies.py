"""Which proxy a request goes through: an explicit one, or the environment's, as httpx does.

httpx applies HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY only for the transports
``httpx.AsyncClient`` builds itself; the SDK gives the client its own transport (aiohttp's,
or httpx's under a retry layer), so it reads the environment here, with the same rules:

* the variables are read once, when the transport is made (as httpx reads them when a
  client is made), upper or lower case, through ``urllib.request.getproxies()``;
* a request goes through the proxy for its scheme (``HTTPS_PROXY`` for https, tunnelled
  with CONNECT), else ``ALL_PROXY``, unless its host matches ``NO_PROXY``;
* a proxy given without a scheme (``proxy.corp:3128``) is an http:// proxy;
* an explicit ``proxy=`` wins over all of them, and ``trust_env=False`` ignores them.

A proxy URL may carry ``user:password@``: it is sent as Proxy-Authorization to the proxy
only, and never shown (``ProxyRoute`` keeps it out of its repr).
"""

from __future__ import annotations

import ipaddress
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from .redaction import public_url

__all__ = ["ProxyRoute", "bypasses_proxy", "environment_proxies", "proxy_for"]


@dataclass(frozen=True)
class ProxyRoute:
    """The proxy settings a transport was made with: ``explicit`` (the ``proxy=`` argument)
    or, when there is none, ``environment`` (scheme -> proxy URL, plus ``"no"``: NO_PROXY)."""

    explicit: str | None = field(default=None, repr=False)
    environment: Mapping[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def make(cls, proxy: str | httpx.URL | None, *, trust_env: bool) -> ProxyRoute:
        if proxy is not None:
            return cls(explicit=str(proxy))
        return cls(environment=environment_proxies() if trust_env else {})

    @property
    def any(self) -> bool:
        """Whether any request may go through a proxy."""
        return self.explicit is not None or any(k != "no" for k in self.environment)

    def proxy_for(self, url: httpx.URL) -> str | None:
        if self.explicit is not None:
            return self.explicit
        return proxy_for(url, self.environment)

    def __repr__(self) -> str:
        shown = public_url(self.explicit) if self.explicit is not None else "environment"
        return f"ProxyRoute({shown})"


def environment_proxies() -> dict[str, str]:
    """The proxies of the environment, by scheme ("http", "https", "all"), with their URLs
    completed (``host:port`` -> ``http://host:port``), and NO_PROXY under "no"."""
    found: dict[str, str] = {}
    for scheme, value in urllib.request.getproxies().items():
        value = value.strip()
        if not value:
            continue
        if scheme == "no":
            found["no"] = value
        elif scheme in ("http", "https", "all"):
            found[scheme] = value if "://" in value else f"http://{value}"
    return found


def proxy_for(url: httpx.URL, proxies: Mapping[str, str]) -> str | None:
    """The proxy ``url`` goes through under ``proxies`` (from ``environment_proxies``)."""
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if proxy is None:
        return None
    no_proxy = proxies.get("no")
    if no_proxy and bypasses_proxy(url.host, no_proxy):
        return None
    return proxy


def bypasses_proxy(host: str, no_proxy: str) -> bool:
    """Whether ``host`` matches NO_PROXY as httpx reads it: ``*`` matches every host, a
    domain matches itself and its subdomains (a leading dot or ``*.`` changes nothing), an
    IP address or network (``10.0.0.0/8``) the addresses in it; a ``:port`` is ignored."""
    host = host.lower().rstrip(".")
    address = _ip_address(host)
    for entry in no_proxy.split(","):
        entry = entry.strip().lower()
        if "://" in entry:
            entry = entry.split("://", 1)[1]
        if entry == "*":
            return True
        network = _ip_network(entry)
        if network is None and entry.count(":") == 1:
            entry = entry.split(":", 1)[0]  # host:port
            network = _ip_network(entry)
        if network is not None:
            if address is not None and address.version == network.version and address in network:
                return True
            continue
        entry = entry.removeprefix("*").strip(".")
        if entry and (host == entry or host.endswith("." + entry)):
            return True
    return False


def _ip_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None


def _ip_network(text: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    try:
        return ipaddress.ip_network(text.strip("[]"), strict=False)
    except ValueError:
        return None
