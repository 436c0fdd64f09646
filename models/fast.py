"""Faster decoding on the CPU for any causal LM: int8 weight-only matmuls for the one-token decode steps.

Gemma 3 is served by the leaner models/decode.py; this is the general path for other architectures
(e.g. a Gemma 2 hub id), used through transformers' own `generate`.

Decoding one token reads every weight once, and Gemma's 262k-token output layer is most of those bytes
(262144 x 640 floats: 671 MB in float32). Here each Linear keeps its float32 weight for the prompt (many
tokens at once, where float32 GEMM is fastest on this CPU) and gets an int8 copy with per-row scales for
single-token steps, run by torch's `_weight_int8pack_mm` kernel on bfloat16 activations: a quarter of the
bytes. The output layer only ever sees one token (generate keeps the last position's logits), so it is
int8 throughout. Greedy answers can differ from float32 where two tokens' logits are within rounding.
"""

from __future__ import annotations

from typing import Any

DECODE_MAX_TOKENS = (
    4  # inputs with at most this many new positions take the int8 weights (here and in decode.py)
)


def int8_rows(weight: Any) -> tuple[Any, Any]:
    """Symmetric int8 with one scale per output row, the layout `_weight_int8pack_mm` reads."""
    import torch

    w = weight.detach().float()
    scales = (w.abs().amax(dim=1) / 127.0).clamp(min=1e-8)
    q = torch.round(w / scales[:, None]).clamp(-127, 127).to(torch.int8).contiguous()
    return q, scales.to(torch.bfloat16)


def int8_kernel_available() -> bool:
    """Whether this torch has the CPU int8 weight-only matmul."""
    import torch

    try:
        q, s = int8_rows(torch.ones(8, 32))
        torch._weight_int8pack_mm(torch.ones(1, 32, dtype=torch.bfloat16), q, s)
        return True
    except (RuntimeError, AttributeError):
        return False


def speed_up_for_cpu(model: Any) -> Any:
    """Give every Linear of a float32 CPU model an int8 decode path (in place; returns the model).

    A model on CUDA, quantized by bitsandbytes, or on a torch without the kernel is returned unchanged.
    LoRA adapters must be merged first (`merge_and_unload`), or their layers are left as they are.
    """
    import torch

    if getattr(model, "is_loaded_in_4bit", False) or next(model.parameters()).device.type != "cpu":
        return model
    if not int8_kernel_available():
        return model

    class Int8DecodeLinear(torch.nn.Module):
        def __init__(self, linear: torch.nn.Linear, always_int8: bool):
            super().__init__()
            self.linear = linear
            self.always_int8 = always_int8
            q, scales = int8_rows(linear.weight)
            self.register_buffer("q", q, persistent=False)
            self.register_buffer("scales", scales, persistent=False)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            positions = x.numel() // x.shape[-1]
            if not self.always_int8 and positions > DECODE_MAX_TOKENS:
                return self.linear(x)
            flat = x.reshape(-1, x.shape[-1]).to(torch.bfloat16)
            q, scales = self.get_buffer("q"), self.get_buffer("scales")
            out = torch._weight_int8pack_mm(flat, q, scales).to(x.dtype)
            if self.linear.bias is not None:
                out = out + self.linear.bias
            return out.reshape(*x.shape[:-1], out.shape[-1])

    output = model.get_output_embeddings()
    for module in list(model.modules()):
        if isinstance(module, Int8DecodeLinear) or type(module).__name__ == "Int8DecodeLinear":
            continue  # already sped up
        for child_name, child in list(module.named_children()):
            if isinstance(child, torch.nn.Linear) and child.weight.dtype == torch.float32:
                setattr(module, child_name, Int8DecodeLinear(child, always_int8=child is output))
    return model
