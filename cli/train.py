"""The fine-tuning commands: `twin dataset`, `twin finetune`, `twin export`.

Thin: each parses its arguments and calls `finetune` (dataset, recipe, train, export). The graph's own
prompts are handed to the dataset builder here, at the entry point, so `finetune` never imports `graph`.
Every recipe field is a flag (`--lora-r 8`, `--learning-rate 1e-4`, `--no-gradient-checkpointing`), with
the short forms `--lr`, `--rank` and `--no-4bit`.
"""

from __future__ import annotations

import argparse
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.common import settings_for
from twin.errors import TwinError
from twin.settings import Settings

if TYPE_CHECKING:
    from finetune.dataset import DatasetOptions, Prompts

_RECIPE_FLAG = "recipe_"
# Short forms of the flags people type most.
_ALIASES = {"learning_rate": ["--lr"], "lora_r": ["--rank"]}


def _recipe_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The recipe fields given as flags (`_add_recipe_flags`), by field name."""
    return {
        key[len(_RECIPE_FLAG) :]: value for key, value in vars(args).items() if key.startswith(_RECIPE_FLAG)
    }


def graph_prompts() -> Prompts:
    """The prompts the graph serves with, so the examples are the very prompts the model will see."""
    from finetune.dataset import Prompts
    from graph.prompts import RAG_PROMPT, UNKNOWN_ANSWER

    return Prompts(rag_prompt=RAG_PROMPT, unknown_answer=UNKNOWN_ANSWER)


def _dataset_options(args: argparse.Namespace) -> DatasetOptions:
    from finetune.dataset import DatasetOptions

    changes = {
        k: v
        for k, v in {"seed": args.dataset_seed, "validation_fraction": args.validation_fraction}.items()
        if v is not None
    }
    return DatasetOptions(**changes)


def cmd_dataset(args: argparse.Namespace) -> int:
    from finetune.dataset import prepare_dataset, read_dataset

    settings = settings_for(args)
    info = prepare_dataset(
        settings,
        graph_prompts(),
        path=Path(args.dataset_file) if args.dataset_file else None,
        rebuild=args.rebuild,
        options=_dataset_options(args),
    )
    for line in info.lines():
        print(line)
    if args.show:
        for record in read_dataset(info.path)[: args.show]:
            print(
                f"\n--- {record['id']} ({record['kind']}, {record.get('split', 'train')}, {record.get('section', '?')})"
            )
            for message in record["messages"]:
                print(f"[{message['role']}] {message['content']}")
    return 0


def cmd_finetune(args: argparse.Namespace) -> int:
    from finetune.dataset import prepare_dataset
    from finetune.recipe import Recipe, default_recipe
    from finetune.train import finetune

    settings = settings_for(args)
    overrides = _recipe_overrides(args)
    recipe = Recipe.from_yaml(args.recipe or default_recipe(), **overrides)
    if recipe.base_model != settings.generator:
        print(
            f"note: this adapter is for {recipe.base_model!r}, but the twin runs {settings.generator!r}; "
            f"it is applied only when TWIN_GENERATOR={recipe.base_model}"
        )
    if args.dataset:
        dataset = Path(args.dataset)
    else:
        info = prepare_dataset(settings, graph_prompts(), options=_dataset_options(args))
        for line in info.lines():
            print(line)
        dataset = info.path
    mode = "QLoRA (4-bit NF4 base)" if recipe.load_in_4bit else "LoRA (full-precision base)"
    from models.adapters import shipped_reader

    # The person's adapter starts from the reader, so it reads as well as a new twin does, and then knows them.
    start_from = shipped_reader(recipe.base_model) if settings.use_reader else None
    start = f", starting from the reader adapter ({start_from})" if start_from else f", rank {recipe.lora_r}"
    print(f"fine-tuning {recipe.base_model} with recipe {recipe.name!r}: {mode}{start}", flush=True)
    try:
        result = finetune(
            recipe,
            dataset,
            settings=settings,
            run_name=args.run,
            resume=args.resume,
            publish=not args.no_publish,
            adapter_name=args.adapter_name,
            start_from=start_from,
            echo=lambda line: print(line, flush=True),
        )
    except KeyboardInterrupt:
        print(
            "interrupted: the previous adapter is still current; run the same command with --resume "
            "to continue from the last checkpoint"
        )
        return 130
    for line in result.lines():
        print(line)
    print(f"loss plot: {result.adapter_dir / 'loss.png'}")
    return 0


def cmd_reader_build(args: argparse.Namespace) -> int:
    """Build the reader's data, train it, ship it into models/reader/ (what every new twin reads with)."""
    from finetune.reader.ship import build_reader
    from models.adapters import READER_DIR

    settings = settings_for(args)
    overrides = _recipe_overrides(args)
    work = Path(args.work) if args.work else settings.cache_dir / "reader-build"
    try:
        built = build_reader(
            settings,
            graph_prompts(),
            work=work,
            out=Path(args.out) if args.out else READER_DIR,
            people=args.people,
            squad_questions=args.squad_questions,
            data_seed=args.data_seed,
            start_from=Path(args.start_from) if args.start_from else None,
            resume=args.resume,
            echo=lambda line: print(line, flush=True),
            **overrides,
        )
    except KeyboardInterrupt:
        print("interrupted: the shipped reader is unchanged; run the same command with --resume to continue")
        return 130
    for line in built.training_lines[:2]:
        print(line)
    print(f"reader shipped: {built.adapter_dir} (loss plot: {built.adapter_dir / 'loss.png'})")
    calibrate_reader(settings, built.adapter_dir, work / "reader-dataset.jsonl")
    return 0


def cmd_reader_pack(args: argparse.Namespace) -> int:
    """The reader's data and the base weights, in two parts a GPU machine takes one call each."""
    from finetune.reader.device import TRAINER, pack_round

    settings = settings_for(args)
    overrides = _recipe_overrides(args)
    work = Path(args.work) if args.work else settings.cache_dir / "reader-build"
    out = Path(args.out)
    pack = pack_round(
        settings,
        graph_prompts(),
        work=work,
        out=out,
        people=args.people,
        squad_questions=args.squad_questions,
        data_seed=args.data_seed,
        start_from=Path(args.start_from) if args.start_from else None,
        echo=lambda line: print(line, flush=True),
        **overrides,
    )
    for line in pack.lines():
        print(line)
    print(
        f"on the GPU machine: one call per part, each carrying {out}/<part> and copying it into /root/pack/; "
        f"the last also runs `python3 {TRAINER} /root/pack --out $OUT/adapter`; then here: "
        f"twin reader receive <the adapter folder it returns> --work {work}"
    )
    return 0


def cmd_reader_receive(args: argparse.Namespace) -> int:
    """Ship the adapter a device round trained into models/reader/, then calibrate it."""
    from finetune.reader.device import receive_round
    from models.adapters import READER_DIR

    settings = settings_for(args)
    work = Path(args.work) if args.work else settings.cache_dir / "reader-build"
    out = Path(args.out) if args.out else READER_DIR
    metadata = receive_round(Path(args.adapter), work=work, out=out)
    metrics = metadata["metrics"]
    print(
        f"reader shipped: {out} ({metrics.get('steps_done')} steps on {metrics.get('device')}, validation "
        f"loss {metrics.get('val_loss_before')} -> {metrics.get('val_loss_after')})"
    )
    calibrate_reader(settings, out, work / "reader-dataset.jsonl", limit=args.limit)
    return 0


def cmd_reader_calibrate(args: argparse.Namespace) -> int:
    """Choose and record the reader's decline margin on the validation examples of its dataset."""
    from models.adapters import READER_DIR

    settings = settings_for(args)
    data = Path(args.data) if args.data else settings.cache_dir / "reader-build" / "reader-dataset.jsonl"
    calibrate_reader(settings, Path(args.adapter) if args.adapter else READER_DIR, data, limit=args.limit)
    return 0


def cmd_reader_held_out(args: argparse.Namespace) -> int:
    """The held-out SQuAD articles as `twin eval` inputs."""
    from finetune.reader.squad import held_out_eval

    try:
        written = held_out_eval(Path(args.out), max_questions=args.questions)
    except OSError as error:
        raise TwinError(
            f"{args.out}: cannot write the held-out articles ({error.strerror or error})"
        ) from None
    for docs, qa in written:
        print(f"twin eval --docs {docs} --qa {qa} --modes rag --out {docs.parent / 'eval'}")
    return 0


def calibrate_reader(settings: Settings, adapter_dir: Path, data: Path, *, limit: int | None = None) -> None:
    from evals.decline import (
        PLOT,
        best_margin,
        plot_margins,
        read_validation,
        score_margins,
        validation_records,
        write_margin,
    )
    from models.chat import load_chat_model

    records = validation_records(data, limit)
    print(f"calibrating the decline margin of {adapter_dir} on {len(records)} validation examples of {data}")
    from models.adapters import read_adapter_metadata

    base = (read_adapter_metadata(adapter_dir) or {}).get("base_model") or None  # the model it was trained on
    chat_model = load_chat_model(settings, model_id=base, adapter=adapter_dir)
    scores = score_margins(read_validation(chat_model, records))
    chosen = best_margin(scores)
    for s in scores:
        mark = "  <- chosen" if s is chosen else ""
        print(
            f"  margin {s.margin:4.1f}: accuracy {s.accuracy:.2f}, correct declines {s.correct_decline:.2f}, "
            f"false declines {s.false_decline:.2f}{mark}"
        )
    write_margin(adapter_dir, chosen, scores, len(records))
    plot = plot_margins(scores, chosen, adapter_dir / PLOT)
    print(f"decline margin {chosen.margin:g} recorded in {adapter_dir} (plot: {plot})")


def cmd_export(args: argparse.Namespace) -> int:
    from finetune.export import adapter_to_export, export_merged, push_to_hub

    settings = settings_for(args)
    if not args.merged and not args.push:
        raise TwinError("nothing to export: give --merged DIR (a merged checkpoint) and/or --push REPO")
    folder = adapter_to_export(settings, args.adapter)
    if args.merged:
        folder = export_merged(settings, Path(args.merged), adapter=args.adapter, dtype=args.dtype)
        print(f"merged model written to {folder}")
    if args.push:
        url = push_to_hub(folder, args.push, private=not args.public)
        print(f"pushed {folder} to {url}")
    return 0


def _add_reader_data_flags(parser: argparse.ArgumentParser) -> None:
    """What a reader round's data is made of, and where its training starts (`build` and `pack`)."""
    parser.add_argument("--people", type=int, default=300, help="synthetic people (default 300)")
    parser.add_argument(
        "--squad-questions", type=int, default=1500, help="SQuAD training questions (default 1500; 0: none)"
    )
    parser.add_argument(
        "--start-from",
        metavar="DIR",
        help="train this reader further (e.g. models/reader) instead of fresh LoRA weights",
    )
    parser.add_argument(
        "--data-seed",
        type=int,
        default=13,
        metavar="N",
        help="seed of the synthetic people and the examples (default 13); a new one gives a further round new "
        "people (the held-out SQuAD articles stay out whatever the seed)",
    )


def _add_recipe_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per recipe field; the recipe checks and converts the values."""
    from finetune.recipe import Recipe

    group = parser.add_argument_group("recipe fields (override the recipe file)")
    for f in fields(Recipe):
        if f.name == "name":
            continue
        flags = [f"--{f.name.replace('_', '-')}", *_ALIASES.get(f.name, [])]
        dest = _RECIPE_FLAG + f.name
        if f.type in ("bool", bool):
            group.add_argument(*flags, dest=dest, action=argparse.BooleanOptionalAction, default=None)
        else:
            metavar = "A,B,..." if "list" in str(f.type) else f.name.split("_")[-1].upper()
            group.add_argument(*flags, dest=dest, default=None, metavar=metavar)
    group.add_argument(
        "--no-4bit", dest=_RECIPE_FLAG + "load_in_4bit", action="store_const", const=False, help="plain LoRA"
    )


def _add_dataset_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dataset-seed", type=int, help="seed of the distractors and the split (default 13)")
    parser.add_argument(
        "--validation-fraction", type=float, help="share of questions held out (default 0.15)"
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dataset", help="build (or show) the fine-tuning dataset from the knowledge file")
    # Not `--out`: that names the workspace in `twin ingest` (see cli.common.settings_for).
    p.add_argument(
        "--out",
        dest="dataset_file",
        metavar="FILE",
        help="dataset file (default HOME/finetune/dataset.jsonl)",
    )
    p.add_argument("--show", type=int, default=0, metavar="N", help="print the first N examples")
    p.add_argument("--rebuild", action="store_true", help="rebuild even if the file was edited by hand")
    _add_dataset_options(p)
    p.set_defaults(func=cmd_dataset)

    p = sub.add_parser("finetune", help="train a QLoRA/LoRA adapter on your data and make it current")
    p.add_argument(
        "--recipe",
        help="recipe YAML file or bundled name (default: qlora-gemma on CUDA, lora-gemma on the CPU)",
    )
    p.add_argument(
        "--dataset",
        metavar="FILE",
        help="train on this dataset file (default: built from the knowledge file)",
    )
    p.add_argument(
        "--resume", action="store_true", help="continue the interrupted run from its last checkpoint"
    )
    p.add_argument(
        "--run", metavar="NAME", help="run folder under HOME/finetune-runs (default: from recipe + data)"
    )
    p.add_argument(
        "--adapter-name", metavar="NAME", help="name of the published adapter (default: time + data hash)"
    )
    p.add_argument("--no-publish", action="store_true", help="train and save, but keep the current adapter")
    _add_dataset_options(p)
    _add_recipe_flags(p)
    p.set_defaults(func=cmd_finetune)

    p = sub.add_parser("reader", help="the reader adapter every new twin answers with (built by the project)")
    reader = p.add_subparsers(dest="reader_command", required=True)
    build = reader.add_parser(
        "build",
        help="generate its data (synthetic people + SQuAD), train it, ship it into models/reader/",
        description="Generate the reader's training data, train one LoRA adapter on it with the reader-gemma "
        "recipe (resumable with --resume), and ship it into models/reader/, where the embedded Gemma "
        "picks it up whenever no adapter of the person's is current.",
    )
    _add_reader_data_flags(build)
    build.add_argument(
        "--resume", action="store_true", help="continue the interrupted run from its checkpoint"
    )
    build.add_argument("--work", metavar="DIR", help="data and checkpoints (default CACHE/reader-build)")
    build.add_argument("--out", metavar="DIR", help="where to ship the adapter (default models/reader/)")
    _add_recipe_flags(build)
    build.set_defaults(func=cmd_reader_build)
    pack = reader.add_parser(
        "pack",
        help="its data and the base weights in parts of under 48 MiB, for a round on a GPU machine",
        description="Generate the reader's data as `build` does, then write OUT/a, OUT/b, ...: the embedded "
        "Gemma's GGUF blocks, the embedding rows of the data's tokens, the data as token ids, the starting "
        "adapter and the recipe. finetune/reader/device_train.py trains from them where only PyTorch, "
        "transformers and peft are installed; `twin reader receive` ships the result.",
    )
    pack.add_argument("--out", metavar="DIR", required=True, help="the pack folder (gets a/, b/, ...)")
    _add_reader_data_flags(pack)
    pack.add_argument(
        "--work", metavar="DIR", help="data and the round's record (default CACHE/reader-build)"
    )
    _add_recipe_flags(pack)
    pack.set_defaults(func=cmd_reader_pack)
    receive = reader.add_parser(
        "receive",
        help="ship the adapter a device round trained into models/reader/, then calibrate it",
        description="Copy the adapter finetune/reader/device_train.py wrote (adapter files, log.json, "
        "loss.png) into models/reader/ with the reader's metadata (the pack's data, the starting adapter, "
        "the round's figures), swapped in whole, then choose its decline margin as `calibrate` does.",
    )
    receive.add_argument("adapter", metavar="DIR", help="the folder the device trainer wrote")
    receive.add_argument("--work", metavar="DIR", help="the pack's work folder (default CACHE/reader-build)")
    receive.add_argument("--out", metavar="DIR", help="where to ship it (default models/reader/)")
    receive.add_argument(
        "--limit",
        type=int,
        default=450,
        help="calibrate on the first N validation examples (default 450, as many as a 300-person build has)",
    )
    receive.set_defaults(func=cmd_reader_receive)
    calibrate = reader.add_parser(
        "calibrate",
        help="choose the reader's decline margin on its validation examples (the last step of build)",
        description="Answer the reader dataset's validation examples (held-out synthetic people and SQuAD "
        "paragraphs) with the decline forbidden, then record in the adapter's metadata the margin by which "
        "'I don't know' must win for the best mean of accuracy and correct declines; writes a plot.",
    )
    calibrate.add_argument("--adapter", metavar="DIR", help="the reader folder (default models/reader/)")
    calibrate.add_argument(
        "--data", metavar="FILE", help="reader dataset (default CACHE/reader-build/reader-dataset.jsonl)"
    )
    calibrate.add_argument("--limit", type=int, help="only the first N validation examples")
    calibrate.set_defaults(func=cmd_reader_calibrate)
    held = reader.add_parser(
        "held-out",
        help="write the two held-out SQuAD articles as documents + QA files, for `twin eval`",
        description="Write each SQuAD article the reader never trains on (2008_Sichuan_earthquake, "
        "New_York_City) as DIR/<article>/docs/ and DIR/<article>/qa.jsonl, and print the eval commands.",
    )
    held.add_argument("out", metavar="DIR")
    held.add_argument("--questions", type=int, help="only the first N questions of each article")
    held.set_defaults(func=cmd_reader_held_out)

    p = sub.add_parser(
        "export", help="merge the current adapter into a full checkpoint and/or push it to the hub"
    )
    p.add_argument("--adapter", metavar="NAME", help="adapter name or folder (default: the current one)")
    p.add_argument("--merged", metavar="DIR", help="write base + adapter merged, with the tokenizer, here")
    p.add_argument(
        "--dtype", default="float32", help="dtype of the merged weights (float32, bfloat16, float16)"
    )
    p.add_argument(
        "--push", metavar="REPO", help="upload (the merged model, else the adapter) to this hub repo"
    )
    p.add_argument("--public", action="store_true", help="create the hub repo public (default private)")
    p.set_defaults(func=cmd_export)
