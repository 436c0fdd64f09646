"""Greedy decoding of Gemma 3 on the CPU with a fraction of `generate`'s per-token overhead.

Decoding one token reads every weight once; on 2 cores with int8 weights that is ~35 ms, but the HF forward adds
~2,000 small tensor ops per token (norms in six steps, rotate-half, dynamic-cache concatenation, mask building,
logits processors), which cost as much again. `GemmaGreedyDecoder` runs the same computation with the weights of a
loaded Gemma 3: fused query/key/value and gate/up int8 matmuls (`torch._weight_int8pack_mm`) for one-token steps,
the model's own float32 weights for the prompt, one-op RMS norms, a preallocated KV cache, an output layer ranked
in 4 bits by onnxruntime and rescored in float32 (models/output_layer.py), prompt-lookup drafts checked a few at a time,
and the few generation options the twin uses (greedy, repetition penalty, stop tokens, min/max new tokens, a
streamer, stopping criteria, logits processors).

`serve_greedy(model)` gives a pipeline-ready view of the model whose `generate` takes this path and hands any other
request (sampling, beams, batches) to transformers unchanged. A LoRA adapter is folded into the decoder's weights;
the loaded model itself is not modified. Other architectures are not handled here (see models/fast.py).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from models.fast import DECODE_MAX_TOKENS, int8_kernel_available, int8_rows
from models.output_layer import OutputLayer

MIN_REUSED = 8  # a shared prompt beginning shorter than this is recomputed
DRAFT_TOKENS = DECODE_MAX_TOKENS - 1  # prompt-lookup draft checked alongside each step, on the int8 path
DRAFT_NGRAMS = (3, 2)  # the last tokens looked up earlier in the sequence, longest first

SUPPORTED_MODEL_TYPES = ("gemma3_text",)
DECODER_TENSORS = "decoder.safetensors"  # a saved decoder's int8 packs and adapter-folded weights
OUTPUT_RANKER = "output_layer.onnx"  # its output layer's 4-bit ranker, where onnxruntime serves it


def supports(model: Any) -> bool:
    """Whether `model` is a float32 CPU Gemma 3 causal LM this decoder reproduces exactly."""
    import torch

    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    config = getattr(base, "config", None)
    return (
        getattr(config, "model_type", None) in SUPPORTED_MODEL_TYPES
        and not getattr(base, "is_loaded_in_4bit", False)
        and not getattr(base, "is_loaded_in_8bit", False)
        and next(base.parameters()).device.type == "cpu"
        and next(base.parameters()).dtype == torch.float32
        and getattr(config, "final_logit_softcapping", None) is None
        and getattr(config, "attn_logit_softcapping", None) is None
        and not getattr(config, "use_bidirectional_attention", False)
        and all(  # fixed frequencies only: dynamic RoPE variants change them with the length
            (params or {}).get("rope_type", "default") in ("default", "linear")
            for params in (getattr(config, "rope_parameters", None) or {}).values()
        )
        and int8_kernel_available()
    )


def _effective_weight(linear: Any) -> Any:
    """A Linear's weight with any active LoRA adapters folded in (peft's own delta), without changing the module."""
    base = getattr(linear, "base_layer", None)
    if base is None:
        return linear.weight.detach()
    weight = base.weight.detach()
    if getattr(linear, "merged", False) or getattr(linear, "disable_adapters", False):
        return weight
    for name in linear.active_adapters:
        if name in getattr(linear, "lora_A", {}):
            weight = weight + linear.get_delta_weight(name).detach()
    return weight


_LINEARS = ("q", "k", "v", "o", "gate", "up", "down")
_PACKED = ("qkv8", "o8", "gate_up8", "down8")


class _Layer:
    """One decoder layer's weights in the shapes the decoder uses.

    `saved` (tensors a decoder stored under `prefix`, see `GemmaGreedyDecoder._save`) replaces the work: its
    int8 packs, and its float32 weights where an adapter had changed them.
    """

    def __init__(self, layer: Any, *, sliding: bool, saved: dict[str, Any] | None = None, prefix: str = ""):
        import torch

        attn, mlp = layer.self_attn, layer.mlp
        self.sliding = sliding
        modules = dict(
            zip(
                _LINEARS,
                (
                    attn.q_proj,
                    attn.k_proj,
                    attn.v_proj,
                    attn.o_proj,
                    mlp.gate_proj,
                    mlp.up_proj,
                    mlp.down_proj,
                ),
                strict=True,
            )
        )
        weights = {}
        for name, module in modules.items():
            found = saved.get(prefix + name) if saved is not None else None
            if found is None:  # in the saved packs only where an adapter changed it
                found = module.weight.detach() if saved is not None else _effective_weight(module)
            weights[name] = found
        self.q, self.k, self.v, self.o = weights["q"], weights["k"], weights["v"], weights["o"]
        self.gate, self.up, self.down = weights["gate"], weights["up"], weights["down"]
        if saved is not None:
            packs = {name: (saved[f"{prefix}{name}.q"], saved[f"{prefix}{name}.scales"]) for name in _PACKED}
        else:
            packs = {
                "qkv8": int8_rows(torch.cat([self.q, self.k, self.v])),
                "o8": int8_rows(self.o),
                "gate_up8": int8_rows(torch.cat([self.gate, self.up])),
                "down8": int8_rows(self.down),
            }
        self.qkv8, self.o8, self.gate_up8, self.down8 = (packs[name] for name in _PACKED)
        self.packs = packs
        self.own = {  # the float32 weights that differ from the module's (an adapter folded in)
            name: weights[name]
            for name, module in modules.items()
            if weights[name].data_ptr() != module.weight.data_ptr()
        }

        def scale(norm: Any) -> Any:  # Gemma's RMSNorm multiplies by (1 + weight)
            return (1.0 + norm.weight.detach().float()).contiguous()

        self.input_norm = scale(layer.input_layernorm)
        self.post_attention_norm = scale(layer.post_attention_layernorm)
        self.pre_feedforward_norm = scale(layer.pre_feedforward_layernorm)
        self.post_feedforward_norm = scale(layer.post_feedforward_layernorm)
        self.q_norm, self.k_norm = scale(attn.q_norm), scale(attn.k_norm)


class GemmaGreedyDecoder:
    """The forward pass and greedy loop of a Gemma 3 causal LM, from the weights of a loaded model.

    Building one packs every weight (int8 rows, the 4-bit output layer): about 4 s on 2 cores. `saved` is a
    folder for those packs and the adapter-folded weights: an empty one is filled (the caller publishes it), a
    filled one is read instead of packing, so `GemmaGreedyDecoder(bare_base, saved=folder)` is the decoder of
    the adapted model the folder was filled from, with no peft and no packing.
    """

    def __init__(self, model: Any, *, saved: Path | None = None):
        import torch

        base = model.get_base_model() if hasattr(model, "get_base_model") else model
        config = base.config
        self.heads = config.num_attention_heads
        self.kv_heads = config.num_key_value_heads
        self.head_dim = config.head_dim
        self.eps = config.rms_norm_eps
        self.scaling = config.query_pre_attn_scalar**-0.5
        self.window = config.sliding_window
        inner = base.model
        tensors = None
        if saved is not None and (Path(saved) / DECODER_TENSORS).is_file():
            from safetensors.torch import load_file

            tensors = load_file(Path(saved) / DECODER_TENSORS)
        self.embed = inner.embed_tokens.weight.detach()
        self.embed_scale = float(inner.embed_tokens.embed_scale)
        self.layers = [
            _Layer(layer, sliding=kind == "sliding_attention", saved=tensors, prefix=f"layers.{i}.")
            for i, (layer, kind) in enumerate(zip(inner.layers, config.layer_types, strict=True))
        ]
        self.final_norm = (1.0 + inner.norm.weight.detach().float()).contiguous()
        output = base.get_output_embeddings()
        if tensors is not None:
            output_weight = tensors.get("output", output.weight.detach())
        else:
            output_weight = _effective_weight(output)
        self.output_own = output_weight.data_ptr() != output.weight.data_ptr()
        self.output_layer = OutputLayer(
            output_weight, ranker_file=Path(saved) / OUTPUT_RANKER if saved is not None else None
        )
        rotary = inner.rotary_emb
        self.inv_freq = {
            kind: (
                getattr(rotary, f"{kind}_inv_freq").float(),
                float(getattr(rotary, f"{kind}_attention_scaling")),
            )
            for kind in set(config.layer_types)
        }
        if saved is not None and tensors is None:
            self._save(Path(saved))
        self._bf16 = torch.bfloat16
        self._last_prompt: tuple[Any, list[tuple[Any, Any]]] | None = None
        self.reused_tokens = 0  # prompt positions the last prefill copied instead of computing
        self.draft_tokens = DRAFT_TOKENS  # 0 turns prompt-lookup drafting off
        self.drafted = self.accepted = 0  # draft tokens checked and kept by the last `generate`

    def _save(self, folder: Path) -> None:
        """Write what `saved=` reads back (the output layer's ranker is written by `OutputLayer`)."""
        from safetensors.torch import save_file

        tensors: dict[str, Any] = {}
        for i, layer in enumerate(self.layers):
            for name, weight in layer.own.items():
                tensors[f"layers.{i}.{name}"] = weight.contiguous()
            for name, (q, scales) in layer.packs.items():
                tensors[f"layers.{i}.{name}.q"], tensors[f"layers.{i}.{name}.scales"] = q, scales
        if self.output_own:
            tensors["output"] = self.output_layer.weight.contiguous()
        save_file(tensors, str(folder / DECODER_TENSORS))

    # -- the forward pass ------------------------------------------------------------------------------------
    def _rope(self, positions: Any) -> dict[str, tuple[Any, Any]]:
        import torch

        out = {}
        for kind, (inv_freq, scaling) in self.inv_freq.items():
            freqs = positions[:, None].float() * inv_freq[None, :]
            cos, sin = freqs.cos() * scaling, freqs.sin() * scaling
            # rotate_half(x) * sin == swap_halves(x) * (-sin, sin): the sign folded in once per step
            out[kind] = (
                torch.cat((cos, cos), -1)[:, None, :],
                torch.cat((-sin, sin), -1)[:, None, :],
            )  # [L, 1, D]
        return out

    @staticmethod
    def _rotate(x: Any, cos: Any, signed_sin: Any) -> Any:
        import torch

        half = x.shape[-1] // 2
        return x * cos + torch.cat((x[..., half:], x[..., :half]), dim=-1) * signed_sin

    def _linear8(self, x: Any, packed: tuple[Any, Any]) -> Any:
        import torch

        return torch._weight_int8pack_mm(x.to(self._bf16), packed[0], packed[1]).float()

    def forward(
        self, ids: Any, start: int, cache: list[tuple[Any, Any]], *, prompt: bool = False, every: bool = False
    ) -> Any:
        """Run positions start..start+len(ids)-1, writing their keys/values into `cache`; the last position's
        logits, or ([n, vocab]) every position's with `every`.

        Prompt positions always use the float32 weights, so a prompt gives the same answer however much of it
        was cached; generated tokens (a few positions at a time) use the int8 ones.
        """
        import torch
        import torch.nn.functional as F

        n = ids.shape[0]
        end = start + n
        decode = n <= DECODE_MAX_TOKENS and not prompt
        hidden = self.embed.shape[1]
        q_size, kv_size = self.heads * self.head_dim, self.kv_heads * self.head_dim
        x = F.embedding(ids, self.embed) * self.embed_scale  # [n, hidden]
        rope = self._rope(torch.arange(start, end))
        masks: dict[bool, Any] = {}
        for layer, (keys, values) in zip(self.layers, cache, strict=True):
            h = F.rms_norm(x, (hidden,), layer.input_norm, self.eps)
            if decode:
                q, k, v = self._linear8(h, layer.qkv8).split([q_size, kv_size, kv_size], dim=-1)
            else:
                q, k, v = F.linear(h, layer.q), F.linear(h, layer.k), F.linear(h, layer.v)
            q = F.rms_norm(q.view(n, self.heads, self.head_dim), (self.head_dim,), layer.q_norm, self.eps)
            k = F.rms_norm(k.view(n, self.kv_heads, self.head_dim), (self.head_dim,), layer.k_norm, self.eps)
            cos, sin = rope["sliding_attention" if layer.sliding else "full_attention"]
            q, k = self._rotate(torch.cat((q, k), dim=1), cos, sin).split([self.heads, self.kv_heads], dim=1)
            keys[:, start:end] = k.transpose(0, 1)
            values[:, start:end] = v.view(n, self.kv_heads, self.head_dim).transpose(0, 1)
            # A sliding layer sees the last `window` positions, its own included.
            first = max(0, start - self.window + 1) if layer.sliding else 0
            mask, causal = None, False
            if n > 1 and start == 0 and (not layer.sliding or n <= self.window):
                causal = True  # the plain causal square: SDPA's fastest path
            elif n > 1:
                if layer.sliding not in masks:
                    q_pos = torch.arange(start, end)[:, None]
                    k_pos = torch.arange(first, end)[None, :]
                    allowed = k_pos <= q_pos
                    if layer.sliding:
                        allowed &= k_pos > q_pos - self.window
                    masks[layer.sliding] = allowed
                mask = masks[layer.sliding]
            attn = F.scaled_dot_product_attention(
                q.transpose(0, 1)[None],
                keys[None, :, first:end],
                values[None, :, first:end],
                attn_mask=mask,
                is_causal=causal,
                scale=self.scaling,
                enable_gqa=self.heads != self.kv_heads,
            )[0]
            attn = attn.transpose(0, 1).reshape(n, q_size)
            attn = self._linear8(attn, layer.o8) if decode else F.linear(attn, layer.o)
            x = x + F.rms_norm(attn, (hidden,), layer.post_attention_norm, self.eps)
            h = F.rms_norm(x, (hidden,), layer.pre_feedforward_norm, self.eps)
            if decode:  # bfloat16 from the gate/up matmul straight into the down one
                packed = layer.gate_up8
                gate, up = torch._weight_int8pack_mm(h.to(self._bf16), packed[0], packed[1]).chunk(2, dim=-1)
                ff = self._linear8(F.gelu(gate, approximate="tanh") * up, layer.down8)
            else:
                ff = F.linear(
                    F.gelu(F.linear(h, layer.gate), approximate="tanh") * F.linear(h, layer.up), layer.down
                )
            x = x + F.rms_norm(ff, (hidden,), layer.post_feedforward_norm, self.eps)
        logits = self.output_layer(F.rms_norm(x if every else x[-1:], (hidden,), self.final_norm, self.eps))
        return logits if every else logits[0]

    def _prefill(self, prompt: Any, cache: list[tuple[Any, Any]]) -> Any:
        """The prompt's last logits, re-using the keys/values of the previous prompt's shared beginning.

        The twin's prompts start alike (chat template, instructions), and a position's keys and values depend
        only on the tokens up to it, so that part is copied instead of recomputed.
        """
        n = prompt.shape[0]
        reused = 0
        previous = self._last_prompt
        if previous is not None:
            tokens, old_cache = previous
            m = min(n - 1, tokens.shape[0])
            differs = (tokens[:m] != prompt[:m]).nonzero()
            reused = int(differs[0]) if differs.numel() else m
            if reused >= MIN_REUSED:
                for (keys, values), (old_keys, old_values) in zip(cache, old_cache, strict=True):
                    keys[:, :reused] = old_keys[:, :reused]
                    values[:, :reused] = old_values[:, :reused]
            else:
                reused = 0
        self.reused_tokens = reused
        logits = self.forward(prompt[reused:], reused, cache, prompt=True)
        # Positions below n are never written again by this call, so the cache can be shared as it is.
        self._last_prompt = (prompt.clone(), cache)
        return logits

    def forget_prompts(self) -> None:
        """Drop the cached prompt, so the next prefill computes every position (benchmarks time that)."""
        self._last_prompt = None

    def new_cache(self, length: int) -> list[tuple[Any, Any]]:
        import torch

        shape = (self.kv_heads, length, self.head_dim)
        return [(torch.zeros(shape), torch.zeros(shape)) for _ in self.layers]

    # -- the greedy loop -------------------------------------------------------------------------------------
    def _draft(self, sequence: Any, length: int, room: int) -> list[int]:
        """Prompt-lookup drafting: the tokens that followed the latest earlier occurrence of the last few tokens.

        A grounded answer restates its facts, so the context often predicts the next tokens. They are checked
        in the same forward pass as the next step (a few positions cost little more than one), and greedy keeps
        exactly the tokens it would have chosen one at a time.
        """
        count = min(self.draft_tokens, room)
        if count <= 0:
            return []
        for size in DRAFT_NGRAMS:
            if length <= size:
                continue
            tail = sequence[length - size : length]
            # Windows ending before the last token, so that at least one token follows each.
            hits = (sequence[: length - 1].unfold(0, size, 1) == tail).all(dim=1).nonzero()
            if hits.numel():
                start = int(hits[-1]) + size
                return [int(t) for t in sequence[start : min(start + count, length)]]
        return []

    def generate(
        self,
        input_ids: Any,
        *,
        max_new_tokens: int,
        min_new_tokens: int = 0,
        repetition_penalty: float = 1.0,
        eos_token_ids: list[int] | tuple[int, ...] = (),
        streamer: Any = None,
        stopping_criteria: Any = None,
        logits_processor: Any = None,
    ) -> Any:
        """Greedy continuation of one sequence ([1, n] ids); returns [1, n + new] like `generate`."""
        import torch

        prompt = input_ids[0]
        n = prompt.shape[0]
        limit = n + max_new_tokens
        sequence = torch.empty(limit, dtype=torch.long)
        sequence[:n] = prompt
        cache = self.new_cache(limit)
        stops = torch.tensor(sorted(set(eos_token_ids)), dtype=torch.long)
        if streamer is not None:
            streamer.put(input_ids.cpu())
        length = n
        self.drafted = self.accepted = 0
        with torch.inference_mode():
            pending = [self._prefill(prompt, cache)]  # logits for the next positions, in order
            drafted: list[int] = []  # the tokens pending[1:] assumed
            for step in range(max_new_tokens):
                logits = pending.pop(0)
                if repetition_penalty != 1.0:  # the HF rule: divide positive logits, multiply negative ones
                    seen = sequence[:length]
                    scores = logits[seen]
                    logits[seen] = torch.where(
                        scores < 0, scores * repetition_penalty, scores / repetition_penalty
                    )
                if step < min_new_tokens and stops.numel():
                    logits[stops] = float("-inf")
                if logits_processor is not None:  # after the built-in rules, as in `generate`
                    logits = logits_processor(sequence[None, :length], logits[None])[0]
                token = int(logits.argmax())
                sequence[length] = token
                length += 1
                if streamer is not None:
                    streamer.put(sequence[length - 1 : length])
                if token in eos_token_ids or length == limit:
                    break
                if stopping_criteria is not None and bool(
                    torch.as_tensor(stopping_criteria(sequence[None, :length], logits[None])).any()
                ):
                    break
                if drafted and drafted[0] == token:  # the draft guessed right: its logits are ready
                    drafted.pop(0)
                    self.accepted += 1
                    continue
                drafted = self._draft(sequence, length, room=limit - length)
                self.drafted += len(drafted)
                ids = torch.tensor([token, *drafted], dtype=torch.long)
                pending = list(self.forward(ids, length - 1, cache, every=True))
        if streamer is not None:
            streamer.end()
        return sequence[None, :length].clone()


def serve_greedy(model: Any, *, saved: Path | None = None, adapted: Any = None) -> Any:
    """A view of `model` (same weights, nothing copied but the int8 decode weights) for a text-generation pipeline.

    Its `generate` runs greedy single-sequence requests through `GemmaGreedyDecoder` and passes everything else
    to the model's own `generate`. The model given is left as it was. `saved`: the decoder's packs folder (see
    `GemmaGreedyDecoder`); when it was filled from an adapted model and `model` is the bare base, `adapted`
    (a function giving the adapted model) serves the requests the decoder does not, so they see the adapter too.
    """
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    decoder = GemmaGreedyDecoder(model, saved=saved)
    served = copy.copy(base)  # a new module object sharing the submodules and weights

    def fallback(**kwargs: Any) -> Any:
        target = adapted() if adapted is not None else base
        return target.generate(**kwargs)

    def generate(input_ids: Any = None, attention_mask: Any = None, **kwargs: Any) -> Any:
        config = copy.deepcopy(kwargs.pop("generation_config", None) or base.generation_config)
        streamer = kwargs.pop("streamer", None)
        stopping_criteria = kwargs.pop("stopping_criteria", None)
        logits_processor = kwargs.pop("logits_processor", None)
        unused = config.update(**kwargs)
        simple = (
            input_ids is not None
            and input_ids.shape[0] == 1
            and (attention_mask is None or bool(attention_mask.all()))
            and not config.do_sample
            and (config.num_beams or 1) == 1
            and (config.num_return_sequences or 1) == 1
            and not unused
            and not config.return_dict_in_generate
        )
        if not simple:
            return fallback(
                input_ids=input_ids,
                attention_mask=attention_mask,
                generation_config=config,
                streamer=streamer,
                stopping_criteria=stopping_criteria,
                logits_processor=logits_processor,
                **unused,
            )
        n = input_ids.shape[1]
        max_new = (
            config.max_new_tokens if config.max_new_tokens is not None else (config.max_length or 20) - n
        )
        eos = config.eos_token_id
        eos_ids = [eos] if isinstance(eos, int) else list(eos or [])
        return decoder.generate(
            input_ids,
            max_new_tokens=max(1, max_new),
            min_new_tokens=config.min_new_tokens or 0,
            repetition_penalty=config.repetition_penalty or 1.0,
            eos_token_ids=eos_ids,
            streamer=streamer,
            stopping_criteria=stopping_criteria,
            logits_processor=logits_processor,
        )

    served.generate = generate
    served.greedy_decoder = decoder
    return served
