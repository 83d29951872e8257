"""Benchmarks of callfire-async against raw aiohttp and raw httpx: ``python -m bench``."""
