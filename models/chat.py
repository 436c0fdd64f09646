"""The generator as a LangChain chat model: a `HuggingFacePipeline` (wrapping the possibly 4-bit, possibly
LoRA-adapted Gemma) inside `ChatHuggingFace`, which applies the tokenizer's chat template and streams."""

from __future__ import annotations

import functools
import logging
import threading
from pathlib import Path
from typing import Any, ClassVar, Literal

from twin.settings import Settings

_chat_models: dict[tuple[int, int, bool, str], tuple[Any, Any]] = {}
_lock = threading.Lock()
log = logging.getLogger(__name__)

DEFAULT_MAX_NEW_TOKENS = 96
DECLINE = "I don't know."  # the reader's decline, as it was trained to say it


def stop_token_ids(tokenizer: Any) -> list[int]:
    """Gemma ends a turn with <end_of_turn>, which converted checkpoints do not always list as eos."""
    ids = {tokenizer.eos_token_id}
    end_of_turn = tokenizer.convert_tokens_to_ids("<end_of_turn>")
    if isinstance(end_of_turn, int) and end_of_turn != tokenizer.unk_token_id:
        ids.add(end_of_turn)
    return sorted(i for i in ids if i is not None)


def answer_processors(
    tokenizer: Any, *, done: Any = None, repetition_penalty: float = 1.0, decline_margin: float = 0.0
) -> Any:
    """Logits processors for one answer (one `generate` call: they remember where its prompt ends).

    - A repetition penalty on the tokens the answer itself has produced, so greedy decoding does not loop. The
      prompt's tokens are free to repeat: a RAG answer should restate its facts, and penalising the prompt's
      `<end_of_turn>` keeps a fine-tuned model from ending its turn (it rambles on instead).
    - When `done(text so far)` holds, the turn ends: the caller knows when the rest of a reply would be
      discarded (the graph keeps an answer's first line), so the remaining decode steps are saved.
    - `decline_margin`: the decline ("I don't know.") must beat the best answer by this many logits where the
      two part ways (after "I"), or the answer is given. A reader calibrates it on held-out examples
      (`twin reader calibrate`): greedy decoding of a small model declines more often than it should.
    """
    import torch
    from transformers import LogitsProcessor, LogitsProcessorList

    stop = tokenizer.eos_token_id  # one of the ids the pipeline stops on (`chat_model_from`)
    decline = tokenizer.encode(DECLINE, add_special_tokens=False)

    class AnswerRules(LogitsProcessor):
        def __init__(self) -> None:
            self.prompt_length: int | None = None

        def __call__(self, input_ids: Any, scores: Any) -> Any:
            if self.prompt_length is None:  # the first call sees the prompt alone
                self.prompt_length = input_ids.shape[1]
            answer = input_ids[:, self.prompt_length :]
            if answer.shape[1] == 0:
                return scores
            if (
                repetition_penalty != 1.0
            ):  # the transformers rule: divide positive logits, multiply negative ones
                seen = torch.gather(scores, 1, answer)
                seen = torch.where(seen < 0, seen * repetition_penalty, seen / repetition_penalty)
                scores = scores.scatter(1, answer, seen)
            if (
                decline_margin
                and answer.shape[1] == 1
                and int(answer[0, 0]) == decline[0]
                and len(decline) > 1
            ):
                scores = scores.clone()
                scores[:, decline[1]] -= decline_margin
            text = (
                tokenizer.decode(answer[0], skip_special_tokens=True) if done and len(answer) == 1 else None
            )
            if text is not None and done(text):
                scores = torch.full_like(scores, float("-inf"))
                scores[:, stop] = 0.0
            return scores

    return LogitsProcessorList([AnswerRules()])


def chat_model_from(
    model: Any, tokenizer: Any, *, max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS, name: str = ""
) -> Any:
    """Wrap a loaded (model, tokenizer) for LangChain: greedy decoding, stops at the end of the turn."""
    from langchain_huggingface import HuggingFacePipeline
    from transformers import pipeline

    generator = pipeline(
        "text-generation",
        model=model,
        tokenizer=tokenizer,
        max_new_tokens=max_new_tokens,
        do_sample=False,  # the graph adds a repetition penalty on the answer's own tokens per call
        return_full_text=False,
        eos_token_id=stop_token_ids(tokenizer),
        pad_token_id=tokenizer.pad_token_id,
    )
    llm = HuggingFacePipeline(pipeline=generator, model_id=name or getattr(model, "name_or_path", "local"))
    return _continuing_chat()(llm=llm, tokenizer=tokenizer, model_id=llm.model_id)


@functools.cache
def _continuing_chat() -> Any:
    """`ChatHuggingFace` that also continues a started reply: messages ending with an `AIMessage` ("Fundy
    Millwork is in") are templated with the reply left open (`continue_final_message`), the model generates
    the rest, and the reply is the whole of it, started words first (streamed first too), so every reader of
    the chat model's output, LangGraph's message stream included, sees the answer as said (graph.opening)."""
    from langchain_core.messages import AIMessage, AIMessageChunk
    from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
    from langchain_huggingface import ChatHuggingFace

    def started(messages: list[Any]) -> str:
        return str(messages[-1].content) if messages and isinstance(messages[-1], AIMessage) else ""

    class ContinuingChat(ChatHuggingFace):
        continues_replies: ClassVar[bool] = True

        def _to_chat_prompt(self, messages: list[Any]) -> str:
            if not started(messages):
                return str(super()._to_chat_prompt(messages))
            turns = [self._to_chatml_format(m) for m in messages]
            return str(self.tokenizer.apply_chat_template(turns, tokenize=False, continue_final_message=True))

        def _generate(self, messages: list[Any], *args: Any, **kwargs: Any) -> Any:
            result = super()._generate(messages, *args, **kwargs)
            words = started(messages)
            if not words:
                return result
            return ChatResult(
                generations=[
                    ChatGeneration(message=AIMessage(words + g.text), generation_info=g.generation_info)
                    for g in result.generations
                ],
                llm_output=result.llm_output,
            )

        def _stream(self, messages: list[Any], *args: Any, **kwargs: Any) -> Any:
            words = started(messages)
            if words:
                yield ChatGenerationChunk(message=AIMessageChunk(content=words))
            yield from super()._stream(messages, *args, **kwargs)

    return ContinuingChat


def load_chat_model(
    settings: Settings,
    *,
    model_id: str | None = None,
    load_in_4bit: bool | None = None,
    adapter: str | Path | Literal["auto"] | None = "auto",
    max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
) -> Any:
    """The cached chat model for a generator (default: the one `settings` configure, with the current adapter
    of their workspace).

    On the CPU (`settings.fast_cpu`) Gemma 3 decodes through models/decode.py (the adapter folded into its
    int8 weights) and other models through an int8 copy (models/fast.py); a 4-bit or CUDA model is served
    as loaded.
    """
    from models.decoder_cache import is_ready
    from models.generator import load_generator

    decoder_dir, adapter_dir = None, None
    if settings.fast_cpu and not (settings.load_in_4bit if load_in_4bit is None else load_in_4bit):
        decoder_dir, adapter_dir = _decoder_dir(settings, model_id, adapter)
    name = model_id or settings.generator
    if decoder_dir is not None and is_ready(decoder_dir):
        # The packs hold the adapter folded in: the base loads bare, and peft only if a request needs it.
        model, tokenizer = load_generator(model_id, settings=settings, load_in_4bit=False, adapter=None)
        key = (id(model), max_new_tokens, True, str(decoder_dir))
        with _lock:
            if key not in _chat_models:
                served = _served_from_cache(model, decoder_dir, adapter_dir, settings, model_id, adapter)
                if served is not None:
                    chat = chat_model_from(served, tokenizer, max_new_tokens=max_new_tokens, name=name)
                    _chat_models[key] = (model, chat)
            if key in _chat_models:
                return _chat_models[key][1]
        # An unreadable cache was removed: built again below.
    model, tokenizer = load_generator(model_id, settings=settings, load_in_4bit=load_in_4bit, adapter=adapter)
    # One chat model per loaded model: two workspaces with different adapters get different models.
    key = (id(model), max_new_tokens, settings.fast_cpu, "")
    with _lock:
        if key not in _chat_models:
            served = model
            if (
                settings.fast_cpu
                and not getattr(model, "is_loaded_in_4bit", False)
                and model.device.type == "cpu"
            ):
                served = _served_fast(model, decoder_dir)
            _chat_models[key] = (
                model,  # kept, so its id is not reused while the chat model is cached
                chat_model_from(served, tokenizer, max_new_tokens=max_new_tokens, name=name),
            )
        return _chat_models[key][1]


def clear_cache() -> None:
    """Forget every chat model built so far."""
    with _lock:
        _chat_models.clear()


def _decoder_dir(settings: Settings, model_id: str | None, adapter: Any) -> tuple[Path | None, Path | None]:
    """Where the CPU decoder's packs for this generator and adapter are cached (models/decoder_cache.py), and
    the adapter folder `adapter` names (None: the bare base)."""
    from models.adapters import find_adapter
    from models.decoder_cache import decoder_dir
    from models.generator import device, resolve_generator

    if device() != "cpu":
        return None, None
    configured = (model_id or settings.generator).strip()
    adapter_dir = find_adapter(adapter, settings.adapters_dir, configured, reader=settings.use_reader)
    return decoder_dir(settings.cache_dir, resolve_generator(configured, settings), adapter_dir), adapter_dir


def _served_from_cache(
    model: Any,
    folder: Path,
    adapter_dir: Path | None,
    settings: Settings,
    model_id: str | None,
    adapter: Any,
) -> Any | None:
    """The served view of the bare base `model` with the cached packs (the adapter's weights folded in).

    None when the cache cannot be read (a damaged file): the folder is removed so the caller builds it again.
    """
    import shutil

    from models.adapters import read_adapter_metadata
    from models.decode import serve_greedy
    from models.decoder_cache import touch
    from models.generator import load_generator

    def adapted() -> Any:
        return load_generator(model_id, settings=settings, load_in_4bit=False, adapter=adapter)[0]

    try:
        served = serve_greedy(model, saved=folder, adapted=adapted if adapter_dir else None)
    except Exception as error:  # safetensors, onnxruntime and torch each raise their own kind
        log.warning(
            "rebuilding the decoder cache %s: unreadable (%s)", folder, str(error).splitlines()[0][:200]
        )
        shutil.rmtree(folder, ignore_errors=True)
        return None
    metadata = read_adapter_metadata(adapter_dir) if adapter_dir else None
    served.decline_margin = float((metadata or {}).get("decline_margin") or 0.0)
    touch(folder)
    return served


def _served_fast(model: Any, decoder_dir: Path | None = None) -> Any:
    """The CPU-speed view of a loaded float32 model; the model itself stays as loaded for other callers.

    `decoder_dir`: where Gemma 3's packed decoder is cached for the next start (models/decoder_cache.py).
    """
    from models.decode import serve_greedy, supports

    if supports(model):
        if decoder_dir is None:
            return serve_greedy(model)
        from models.decoder_cache import filling

        with filling(decoder_dir) as staging:
            return serve_greedy(model, saved=staging)
    import copy

    from models.fast import speed_up_for_cpu

    served = copy.deepcopy(model)  # merging an adapter changes the weights in place
    if hasattr(served, "merge_and_unload"):
        served = served.merge_and_unload()
    return speed_up_for_cpu(served)
