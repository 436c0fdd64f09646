"""Fine-tuning on a tiny Gemma: the dataset from a knowledge file, recipes, QLoRA on CPU, publishing, failures, resume."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import models
from finetune.dataset import (
    DatasetOptions,
    Prompts,
    build_examples,
    encode_example,
    file_sha256,
    prepare_dataset,
    read_dataset,
    write_dataset,
)
from finetune.questions import MONTHS, local_pairs
from finetune.recipe import Recipe, bundled_recipes
from graph.prompts import RAG_PROMPT, UNKNOWN_ANSWER
from ingest.knowledge import parse
from tests.fakes import CV_KNOWLEDGE as KNOWLEDGE
from twin.errors import TwinError
from twin.settings import Settings

PROMPTS = Prompts(rag_prompt=RAG_PROMPT, unknown_answer=UNKNOWN_ANSWER)
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|[Mm]y|me)\b")
TEMPLATE_WORDS = {"I", "I'm", "I've", "Yes", "My", "You", "Email", "For", "At", "In", "It's", "The", "Where"}


@pytest.fixture(autouse=True)
def one_thread():
    """The machine's two cores are shared: one torch thread is several times faster for a tiny model."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    models.clear_cache()
    yield
    models.clear_cache()
    torch.set_num_threads(threads)


def _question(record: dict) -> str:
    user = record["messages"][0]["content"]
    return user.rsplit("Question: ", 1)[-1] if record["kind"] != "direct" else user


def _records(examples) -> list[dict]:
    return [e.record() for e in examples]


# --- the package ----------------------------------------------------------------------------------


def test_finetune_imports_light_and_never_imports_graph():
    code = (
        "import sys, finetune.dataset, finetune.recipe, finetune.train, finetune.export, cli.train; "
        "heavy = {'torch', 'transformers', 'peft', 'bitsandbytes', 'matplotlib'}; "
        "print(sorted(heavy & set(sys.modules)), sorted(m for m in sys.modules if m.split('.')[0] == 'graph'))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[] []"
    sources = "\n".join(p.read_text() for p in Path("finetune").glob("*.py"))
    assert not re.search(r"^\s*(?:from|import)\s+graph\b", sources, re.MULTILINE)
    assert not re.search(r"[\"'][^\"'\n]*qa\.jsonl", sources)  # the evaluation set is never named in code


# --- recipes --------------------------------------------------------------------------------------


def test_a_recipe_round_trips_through_yaml(tmp_path):
    assert {"qlora-gemma", "lora-gemma"} <= set(bundled_recipes())
    qlora = Recipe.from_yaml("qlora-gemma")
    assert qlora.load_in_4bit and qlora.bnb_4bit_quant_type == "nf4" and qlora.bnb_4bit_use_double_quant
    assert qlora.base_model == "embedded:gemma-3-270m" and qlora.epochs == 4 and qlora.learning_rate == 2e-4
    lora = Recipe.from_yaml("lora-gemma")
    differences = {k for k, v in qlora.to_dict().items() if lora.to_dict()[k] != v}
    assert differences == {"name", "load_in_4bit"}  # two recipes, one code path

    changed = Recipe.from_yaml("qlora-gemma", lora_r="8", learning_rate="1e-4", max_steps=None)
    assert (changed.lora_r, changed.learning_rate, changed.max_steps) == (8, 1e-4, -1)
    path = tmp_path / "mine.yaml"
    changed.to_yaml(path)
    assert Recipe.from_yaml(path) == changed
    assert Recipe.from_yaml(path).fingerprint() == changed.fingerprint() != qlora.fingerprint()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("base_model: x\nlora_rank: 8\n", "unknown field 'lora_rank'; did you mean 'lora_r'?"),
        ("base_model: x\nlora_r: 0\n", "lora_r must be >= 1, got 0"),
        ("lora_r: 8\n", "base_model is required"),
        ("base_model: x\nlearning_rate: fast\n", "field learning_rate expects a number, got 'fast'"),
        ("base_model: x\nlearning_rate: 0\n", "learning_rate must be > 0"),
        ("base_model: x\nbnb_4bit_quant_type: int8\n", "bnb_4bit_quant_type must be one of nf4, fp4"),
        ("base_model: x\nload_in_4bit: maybe\n", "field load_in_4bit expects true or false"),
        ("base_model: [x\n", "is not valid YAML"),
    ],
)
def test_a_broken_recipe_is_one_clear_line(tmp_path, text, message):
    path = tmp_path / "broken.yaml"
    path.write_text(text)
    with pytest.raises(TwinError, match=re.escape(message)) as error:
        Recipe.from_yaml(path)
    assert "\n" not in str(error.value)


def test_an_unknown_recipe_name_lists_the_bundled_ones():
    with pytest.raises(TwinError, match=r"recipe 'qlora-llama' not found.*lora-gemma, qlora-gemma"):
        Recipe.from_yaml("qlora-llama")


# --- the dataset ----------------------------------------------------------------------------------


def test_local_answers_are_first_person_and_true_to_the_file():
    title, facts = parse(KNOWLEDGE)
    answers = {p.question: p.answer for p in local_pairs(title, facts)}
    assert answers["Where do you work?"] == "I'm a Senior ML Engineer at Northwind Labs, since March 2021."
    assert answers["When did you join Northwind Labs?"] == "I joined Northwind Labs in March 2021."
    assert answers["What did you do at Bluefin Analytics?"] == (
        "I was a Data Scientist at Bluefin Analytics from September 2017 to February 2021."
    )
    assert answers["What have you built at Northwind Labs?"].startswith("I built Harbourcast")
    assert (
        answers["Where did you do your MSc?"]
        == "I did my MSc in Statistics at University of Glasgow (2015–2017)."
    )
    assert answers["What languages do you speak?"] == "I speak Swedish (native) and English (fluent)."
    assert answers["What's your email address?"] == "You can email me at maya@lindqvist.example."
    assert answers["Where did you grow up?"] == "I grew up in Malmö and moved to Scotland in 2012."
    assert answers["What's your name?"] == "I'm Maya Lindqvist."

    for question, answer in answers.items():
        assert FIRST_PERSON.search(answer), (question, answer)
        # Every name and number comes from the file (months are spelled out in full).
        for word in re.findall(r"\b(?:[A-Z][\w'-]*|\d[\d.,]*\d|\d)\b", answer):
            assert word in TEMPLATE_WORDS or word in MONTHS.values() or word in KNOWLEDGE, (question, word)


def test_examples_cover_rag_unknown_and_direct_with_the_graphs_prompt():
    examples = _records(build_examples(KNOWLEDGE, PROMPTS))
    kinds = {r["kind"] for r in examples}
    assert kinds == {"rag", "unknown", "direct"}
    assert len({r["id"] for r in examples}) == len(examples)
    head = RAG_PROMPT.split("{context}")[0].format(person="Maya Lindqvist")

    rag = next(r for r in examples if r["kind"] == "rag" and _question(r) == "Where do you work?")
    user, answer = rag["messages"][0]["content"], rag["messages"][1]["content"]
    assert rag["messages"][0]["role"] == "user" and rag["messages"][1]["role"] == "assistant"
    assert user.startswith(head) and user.endswith("Question: Where do you work?")
    assert "- Senior ML Engineer at Northwind Labs, Edinburgh (Mar 2021 – present). [cv.pdf p1]" in user
    assert user.count("\n## ") >= 2  # the chunk with the answer and at least one distractor
    assert answer == "I'm a Senior ML Engineer at Northwind Labs, since March 2021."
    assert rag["source"] == "cv.pdf p1"

    for record in examples:
        if record["kind"] == "unknown":
            user = record["messages"][0]["content"]
            assert user.startswith(head)
            assert record["messages"][1]["content"] == "I don't know: nothing I've written covers that."
            # None of the chunks holds the answer's names or numbers.
            twin = next(
                (r for r in examples if r["kind"] == "direct" and _question(r) == _question(record)), None
            )
            if twin is not None:
                names = re.findall(r"\b(?:[A-Z][a-z]{2,}|\d{4})\b", twin["messages"][1]["content"])
                context = user.split("Facts:", 1)[1].rsplit("Question:", 1)[0]
                assert not [n for n in names if n not in {"I'm", "Yes"} and n in context], record["id"]
        if record["kind"] == "direct":
            assert record["messages"][0]["content"] == _question(record)
    assert any(r["section"] == "Off-file" for r in examples)  # "Are you married?" and the like


def test_the_split_is_by_question_and_seeded():
    examples = _records(build_examples(KNOWLEDGE, PROMPTS))
    train = {_question(r) for r in examples if r["split"] == "train"}
    validation = {_question(r) for r in examples if r["split"] == "validation"}
    assert train and validation and not train & validation
    answers = {
        r["messages"][1]["content"] for r in examples if r["split"] == "validation" and r["kind"] != "unknown"
    }
    train_answers = {
        r["messages"][1]["content"] for r in examples if r["split"] == "train" and r["kind"] != "unknown"
    }
    assert not answers & train_answers  # questions sharing an answer stay on one side
    again = _records(build_examples(KNOWLEDGE, PROMPTS))
    assert again == examples
    other = _records(build_examples(KNOWLEDGE, PROMPTS, options=DatasetOptions(seed=99)))
    assert other != examples


def test_the_written_dataset_has_a_stable_hash_and_keeps_hand_edits(tmp_path):
    settings = Settings(home=tmp_path / "home", cache_dir=tmp_path / "cache", openai_api_key=None)
    with pytest.raises(TwinError, match="no knowledge file"):
        prepare_dataset(settings, PROMPTS)
    settings.home.mkdir()
    settings.knowledge_file.write_text(KNOWLEDGE)
    first = prepare_dataset(settings, PROMPTS)
    assert first.status == "built" and first.sha256 == file_sha256(first.path)
    assert first.counts["kind"]["rag"] > 0 and first.counts["split"]["validation"] > 0
    assert prepare_dataset(settings, PROMPTS).status == "unchanged"
    elsewhere = write_dataset(build_examples(KNOWLEDGE, PROMPTS), tmp_path / "copy.jsonl")
    assert elsewhere.sha256 == first.sha256

    lines = first.path.read_text().splitlines()
    record = json.loads(lines[0])
    record["messages"][1]["content"] = "An answer I wrote myself."
    first.path.write_text("\n".join([json.dumps(record), *lines[1:]]) + "\n")
    kept = prepare_dataset(settings, PROMPTS)
    assert kept.status == "edited by hand, kept" and kept.sha256 != first.sha256
    assert read_dataset(first.path)[0]["messages"][1]["content"] == "An answer I wrote myself."
    assert prepare_dataset(settings, PROMPTS, rebuild=True).sha256 == first.sha256

    settings.knowledge_file.write_text(KNOWLEDGE.replace("Rust", "Go"))
    assert prepare_dataset(settings, PROMPTS).sha256 != first.sha256

    first.path.write_text('{"kind": "rag", "messages": []}\n')
    with pytest.raises(TwinError, match=r"dataset.jsonl:1: messages must be"):
        read_dataset(first.path)


def test_labels_are_masked_on_the_prompt(tiny_gemma_dir):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_gemma_dir)
    messages = [
        {"role": "user", "content": "Where do you work?"},
        {"role": "assistant", "content": "At Northwind."},
    ]
    features = encode_example(tokenizer, messages, max_length=512)
    assert features is not None
    prompt = tokenizer.apply_chat_template(messages[:1], tokenize=False, add_generation_prompt=True)
    prompt_length = len(tokenizer(prompt, add_special_tokens=False)["input_ids"])
    labels = features["labels"]
    assert labels[:prompt_length] == [-100] * prompt_length
    assert all(label != -100 for label in labels[prompt_length:])
    assert tokenizer.decode(labels[prompt_length:]) == "At Northwind.<end_of_turn>\n"
    assert tokenizer.decode(features["input_ids"]) == tokenizer.apply_chat_template(messages, tokenize=False)
    assert encode_example(tokenizer, messages, max_length=8) is None


def test_the_answer_only_loss_equals_the_models_own_loss(tiny_gemma_dir):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from finetune.train import _Collator, answer_only_loss

    tokenizer = AutoTokenizer.from_pretrained(tiny_gemma_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_gemma_dir)
    model.config.final_logit_softcapping = 30.0  # Gemma 2 caps its logits; the loss must cap them too
    pairs = [("Where do you work?", "At Northwind Labs."), ("What did you study?", "Statistics, in Glasgow.")]
    features = [
        encode_example(tokenizer, [{"role": "user", "content": q}, {"role": "assistant", "content": a}], 256)
        for q, a in pairs
    ]
    batch = _Collator(tokenizer.pad_token_id)(features)
    with torch.no_grad():
        expected = model(**batch).loss
        assert torch.allclose(answer_only_loss(model, batch), expected, atol=1e-5)
        count = int((batch["labels"][:, 1:] != -100).sum())
        assert torch.allclose(answer_only_loss(model, batch, 2 * count), expected / 2, atol=1e-5)


class FakeOpenAI:
    """Stands in for `openai.OpenAI`: answers per section, counts calls, fails for one section."""

    def __init__(self, fail_section: str | None = None) -> None:
        self.calls: list[str] = []
        self.fail_section = fail_section
        self.chat = self
        self.completions = self

    def create(self, *, model, messages, max_tokens, temperature, response_format):
        prompt = messages[0]["content"]
        section = re.search(r'the "(\w+)" section', prompt)[1]
        self.calls.append(section)
        assert max_tokens <= 2000 and response_format == {"type": "json_object"}
        if section == self.fail_section:
            raise TimeoutError("the API timed out")
        content = json.dumps(
            {
                "pairs": [
                    {"question": f"Tell me about your {section}?", "answer": "I have some.", "facts": [1]}
                ]
            }
        )
        message = type("Message", (), {"content": content})
        return type("Response", (), {"choices": [type("Choice", (), {"message": message})]})


def test_openai_pairs_are_cached_and_fall_back_per_section(tmp_path):
    settings = Settings(home=tmp_path / "home", cache_dir=tmp_path / "cache", openai_api_key="sk-test")
    settings.home.mkdir()
    settings.knowledge_file.write_text(KNOWLEDGE)
    client = FakeOpenAI(fail_section="Skills")
    info = prepare_dataset(settings, PROMPTS, client=client)
    records = read_dataset(info.path)
    assert sorted(client.calls) == sorted(
        ["About", "Experience", "Education", "Skills", "Languages", "Interests", "Contact"]
    )
    questions = {_question(r) for r in records}
    assert "Tell me about your Experience?" in questions
    assert "Which programming languages do you use?" in questions  # Skills came from the local templates
    assert "Tell me about your Skills?" not in questions
    assert info.counts["origin"]["openai"] > 0 and info.counts["origin"]["local"] > 0
    assert len(list((settings.cache_dir / "openai-dataset").glob("*.json"))) == 6

    again = FakeOpenAI(fail_section="Skills")
    second = prepare_dataset(settings, PROMPTS, client=again, rebuild=True)
    assert again.calls == ["Skills"]  # everything else came from the cache
    assert second.sha256 == info.sha256


# --- training on a tiny Gemma ---------------------------------------------------------------------


def _small_dataset(path: Path, train: int = 12, validation: int = 4) -> Path:
    """The real examples, fewest tokens first, so a few CPU steps see whole examples."""
    examples = build_examples(KNOWLEDGE, PROMPTS, options=DatasetOptions(max_chunks=2, max_distractors=1))
    examples.sort(key=lambda e: len(e.messages[0]["content"]))
    picked = [e for e in examples if e.split == "train" and e.kind != "direct"][: train // 2]
    picked += [e for e in examples if e.split == "train" and e.kind == "direct"][: train - len(picked)]
    picked += [e for e in examples if e.split == "validation"][:validation]
    return write_dataset(picked, path).path


def _recipe(base: Path, **changes) -> Recipe:
    values = {
        "name": "tiny",
        "base_model": str(base),
        "load_in_4bit": True,
        "lora_r": 8,
        "lora_alpha": 16,
        "lora_dropout": 0.0,
        "learning_rate": 1e-2,
        "lr_scheduler": "constant",
        "warmup_ratio": 0.0,
        "batch_size": 4,
        "grad_accum": 1,
        "max_length": 512,
        "max_steps": 6,
        "logging_steps": 1,
        "save_steps": 100,
    }
    return Recipe(**{**values, **changes})


def _settings(home: Path, base: Path, cache: Path) -> Settings:
    return Settings(home=home, cache_dir=cache, generator=str(base), load_in_4bit=False, openai_api_key=None)


@pytest.fixture(scope="module")
def trained(tiny_gemma_dir, tmp_path_factory):
    """One QLoRA run (4-bit NF4 base, LoRA on top) on the CPU, published into a fresh workspace."""
    import torch

    from finetune.train import finetune

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    root = tmp_path_factory.mktemp("finetune")
    settings = _settings(root / "home", tiny_gemma_dir, root / "cache")
    dataset = _small_dataset(root / "dataset.jsonl")
    result = finetune(_recipe(tiny_gemma_dir), dataset, settings=settings, progress=False)
    torch.set_num_threads(threads)
    return result, settings, dataset


def test_qlora_trains_in_4bit_on_the_cpu_and_publishes(trained):
    from models.adapters import CURRENT_FILE, read_adapter_metadata

    result, settings, dataset = trained
    metrics = result.metrics
    assert metrics["device"] == "cpu" and metrics["base_quantization"] == "nf4+double"
    assert metrics["steps"] == 6 and metrics["tokens_per_s"] > 0 and metrics["peak_memory_mb"] > 0
    assert metrics["val_loss_after"] < metrics["val_loss_before"]
    losses = [h["loss"] for h in result.log_history if "loss" in h]
    assert sum(losses[-2:]) / 2 < sum(losses[:2]) / 2  # the training loss falls

    adapter = result.adapter_dir
    assert result.published and adapter.parent == settings.adapters_dir
    assert (settings.adapters_dir / CURRENT_FILE).read_text().strip() == adapter.name
    for name in ("adapter_config.json", "adapter_model.safetensors", "twin_adapter.json", "loss.png"):
        assert (adapter / name).is_file(), name
    assert (adapter / "loss.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    metadata = read_adapter_metadata(adapter)
    assert metadata["base_model"] == settings.generator
    assert metadata["dataset_hash"] == hashlib.sha256(dataset.read_bytes()).hexdigest()
    assert metadata["recipe"]["load_in_4bit"] is True and metadata["recipe"]["lora_r"] == 8
    assert metadata["metrics"]["val_loss_after"] == metrics["val_loss_after"]
    assert not (result.run_dir / "adapter-staging").exists()


def test_the_published_adapter_loads_as_auto_and_changes_the_logits(trained, tiny_gemma_dir):
    import torch
    from peft import PeftModel

    from models.generator import load_generator

    _, settings, _ = trained
    tuned, tokenizer = load_generator(str(tiny_gemma_dir), adapter="auto", settings=settings)
    base, _ = load_generator(str(tiny_gemma_dir), adapter=None, settings=settings)
    assert isinstance(tuned, PeftModel) and not isinstance(base, PeftModel)
    inputs = tokenizer("Where do you work?", return_tensors="pt")
    with torch.no_grad():
        assert not torch.allclose(tuned(**inputs).logits, base(**inputs).logits, atol=1e-4)


class Boom(RuntimeError):
    pass


def _fail_at(step: int, error: type[BaseException] = Boom):
    from transformers import TrainerCallback

    class FailAt(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step == step:
                raise error(f"injected failure at step {step}")

    return FailAt()


def _snapshot(adapters_dir: Path) -> dict[str, str]:
    return {
        str(p.relative_to(adapters_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(adapters_dir.rglob("*"))
        if p.is_file()
    }


def test_a_failed_run_leaves_the_previous_adapter_current_and_intact(trained, tiny_gemma_dir, tmp_path):
    from finetune.train import finetune

    _, original, dataset = trained
    settings = _settings(tmp_path / "home", tiny_gemma_dir, original.cache_dir)
    shutil.copytree(original.adapters_dir, settings.adapters_dir)
    before = _snapshot(settings.adapters_dir)
    with pytest.raises(Boom):
        finetune(
            _recipe(tiny_gemma_dir, load_in_4bit=False, max_steps=3),
            dataset,
            settings=settings,
            callbacks=[_fail_at(2)],
            progress=False,
        )
    assert _snapshot(settings.adapters_dir) == before


def test_an_interrupted_run_resumes_from_its_checkpoint(tiny_gemma_dir, tmp_path):
    from finetune.train import finetune

    settings = _settings(tmp_path / "home", tiny_gemma_dir, tmp_path / "cache")
    dataset = _small_dataset(tmp_path / "dataset.jsonl", train=8, validation=2)
    recipe = _recipe(tiny_gemma_dir, load_in_4bit=False, max_steps=4, save_steps=2, batch_size=2)
    with pytest.raises(KeyboardInterrupt):
        finetune(
            recipe, dataset, settings=settings, callbacks=[_fail_at(3, KeyboardInterrupt)], progress=False
        )
    run_dir = next((settings.home / "finetune-runs").iterdir())
    assert [p.name for p in (run_dir / "checkpoints").iterdir()] == ["checkpoint-2"]
    assert not settings.adapters_dir.exists()

    with pytest.raises(TwinError, match="started with another recipe"):
        finetune(
            _recipe(tiny_gemma_dir, load_in_4bit=False, max_steps=5),
            dataset,
            settings=settings,
            run_name=run_dir.name,
            resume=True,
            progress=False,
        )
    result = finetune(recipe, dataset, settings=settings, resume=True, progress=False)
    assert result.metrics["resumed_from_step"] == 2 and result.metrics["steps"] == 4
    assert [h["step"] for h in result.log_history if "loss" in h] == [1, 2, 3, 4]
    assert result.published and not (run_dir / "checkpoints").exists()


def test_the_cli_checks_the_recipe_before_loading_anything(tmp_path, capsys):
    from cli.main import main

    code = main(["--home", str(tmp_path), "finetune", "--rank", "0"])
    assert code == 2 and "lora_r must be >= 1, got 0" in capsys.readouterr().err
    code = main(["--home", str(tmp_path), "export"])
    assert code == 2 and "nothing to export" in capsys.readouterr().err


def test_twin_dataset_prints_counts_and_examples(tmp_path, capsys):
    from cli.main import main

    (tmp_path / "knowledge.md").write_text(KNOWLEDGE)
    assert main(["--home", str(tmp_path), "dataset", "--show", "1"]) == 0
    out = capsys.readouterr().out
    assert "by kind: " in out and "rag" in out and "sha256" in out and "[assistant]" in out


def test_export_merges_the_adapter_and_refuses_to_push_offline(trained, tiny_gemma_dir, tmp_path, capsys):
    import torch
    from transformers import AutoModelForCausalLM

    from cli.main import main
    from models.generator import load_generator

    _, settings, _ = trained
    merged_dir = tmp_path / "merged"
    assert main(["--home", str(settings.home), "export", "--merged", str(merged_dir)]) == 0
    merged = AutoModelForCausalLM.from_pretrained(merged_dir)
    tuned, tokenizer = load_generator(str(tiny_gemma_dir), adapter="auto", settings=settings)
    inputs = tokenizer("Where do you work?", return_tensors="pt")
    with torch.no_grad():
        assert torch.allclose(merged(**inputs).logits, tuned(**inputs).logits, atol=1e-4)
    assert (merged_dir / "tokenizer_config.json").is_file() and (merged_dir / "twin_export.json").is_file()

    assert main(["--home", str(settings.home), "export", "--push", "someone/twin"]) == 2
    assert "you are offline" in capsys.readouterr().err


def test_twin_reader_build_trains_and_ships_a_whole_adapter(tiny_gemma_dir, tmp_path, capsys):
    """`twin reader build` end to end on a tiny Gemma: data, a LoRA run, the adapter swapped into --out."""
    import json

    from safetensors import safe_open

    from cli.main import main

    out = tmp_path / "reader"
    out.mkdir()
    (out / "adapter_config.json").write_text("{}")  # an earlier reader: replaced whole, never mixed
    argv = ["--home", str(tmp_path / "home"), "reader", "build", "--people", "12", "--squad-questions", "0"]
    argv += [
        "--base-model",
        str(tiny_gemma_dir),
        "--max-steps",
        "1",
        "--batch-size",
        "2",
        "--grad-accum",
        "1",
    ]
    argv += ["--max-length", "512", "--work", str(tmp_path / "work"), "--out", str(out)]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "reader dataset:" in printed and f"reader shipped: {out}" in printed
    assert sorted(p.name for p in out.iterdir()) == [
        "adapter_config.json",
        "adapter_model.safetensors",
        "decline_margin.png",  # the build's last step: `twin reader calibrate`
        "loss.png",
        "twin_adapter.json",
    ]
    metadata = json.loads((out / "twin_adapter.json").read_text())
    assert "decline margin" in printed and isinstance(metadata["decline_margin"], float)
    assert metadata["decline_calibration"]["examples"] > 0
    assert metadata["kind"] == "reader" and metadata["base_model"] == str(tiny_gemma_dir)
    assert (
        metadata["data"]["sha256"] == metadata["dataset_hash"] and metadata["data"]["people"]["train"] >= 10
    )
    assert metadata["metrics"]["steps"] == 1 and metadata["recipe"]["lora_dropout"] == 0.0
    with safe_open(str(out / "adapter_model.safetensors"), "pt") as weights:
        assert {str(weights.get_tensor(k).dtype) for k in weights.keys()} == {"torch.bfloat16"}  # noqa: SIM118
    assert not list(tmp_path.glob(".reader-*"))  # no staging or old copy left beside it


def test_a_person_adapter_starts_from_the_reader(trained, tiny_gemma_dir, tmp_path):
    """`start_from`: the reader's LoRA weights trained further (its rank holds), not fresh ones."""
    from safetensors.torch import load_file

    from finetune.train import finetune

    reader, original, dataset = trained
    settings = _settings(tmp_path / "home", tiny_gemma_dir, original.cache_dir)
    result = finetune(
        _recipe(tiny_gemma_dir, load_in_4bit=False, max_steps=2, lora_r=4),
        dataset,
        settings=settings,
        start_from=reader.adapter_dir,
        progress=False,
    )
    assert result.metrics["started_from"] == str(reader.adapter_dir)
    started = load_file(str(reader.adapter_dir / "adapter_model.safetensors"))
    tuned = load_file(str(result.adapter_dir / "adapter_model.safetensors"))
    assert started.keys() == tuned.keys()
    assert {tuple(v.shape) for v in tuned.values()} == {
        tuple(v.shape) for v in started.values()
    }  # the reader's r
    assert any(not torch_equal(started[k], tuned[k]) for k in started)  # and trained further


def torch_equal(a, b) -> bool:
    import torch

    return bool(torch.equal(a, b))
