"""Gemma's output layer for one decode step: a cheap 4-bit pass ranks the vocabulary, the leaders get float32.

The rankers, fastest first: onnxruntime's MatMulNBits (int8 arithmetic, its TopK in the same session), torch's
CPU int4 kernel, torch's int8 one. Each returns None where its kernel is unavailable, so `OutputLayer` takes
the first that works and says which in `backend`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from models.fast import int8_rows

INT4_GROUP = 32
RESCORED = 64  # output-layer candidates rescored in float32 after the int4 pass


class OutputLayer:
    """The output layer, read once per token: a cheap pass ranks the vocabulary, the best RESCORED get float32.

    Gemma's 262k-row output layer is most of the bytes read per token. It is ranked with 4-bit weights, by
    onnxruntime's MatMulNBits (int8 arithmetic, its TopK alongside) where onnxruntime is installed, else by
    torch's int4 kernel, else by torch's int8 one; the leading candidates then get exact float32 logits, so
    greedy picks what float32 would. `__call__` maps [m, hidden] states to [m, vocab] logits.
    """

    def __init__(self, weight: Any, *, ranker_file: Path | None = None):
        """`ranker_file`: where the onnxruntime ranker's model is read from, or written to when missing (the
        4-bit packing is most of the 4 s this takes for Gemma's 262k rows)."""
        self.weight = weight
        self.backend = "onnxruntime"
        self._rank: Any = None
        if ranker_file is not None and ranker_file.is_file():
            self._rank = onnx_session_ranker(str(ranker_file), weight.shape[1])
        if self._rank is None:
            model = onnx_ranker_model(weight)
            self._rank = onnx_session_ranker(model, weight.shape[1]) if model is not None else None
            if model is not None and self._rank is not None and ranker_file is not None:
                ranker_file.write_bytes(model)
        if self._rank is None:
            self.backend, self._rank = "torch-int4", int4_ranker(weight)
        if self._rank is None:
            self.backend, self._rank = "torch-int8", int8_ranker(weight)

    def __call__(self, hidden: Any) -> Any:
        logits, best = self._rank(hidden)
        exact = (self.weight[best] @ hidden[:, :, None])[..., 0]  # [m, RESCORED]
        return logits.scatter_(1, best, exact)


def _topk(logits: Any) -> tuple[Any, Any]:
    return logits, logits.topk(min(RESCORED, logits.shape[-1]), dim=-1).indices


def _asymmetric_int4(weight: Any, group: int = INT4_GROUP) -> tuple[Any, Any, Any]:
    """Per group of `group` inputs: codes 0..15, a scale and an integer zero point (w = (code - zero) * scale)."""
    import torch

    rows, cols = weight.shape
    w = weight.detach().float().reshape(rows, cols // group, group)
    low, high = w.amin(-1).clamp(max=0), w.amax(-1).clamp(min=0)
    scale = ((high - low) / 15).clamp(min=1e-8)
    zero = torch.round(-low / scale).clamp(0, 15)
    codes = torch.round(w / scale[..., None] + zero[..., None]).clamp(0, 15).to(torch.uint8)
    return codes, scale, zero.to(torch.uint8)


def onnx_ranker(weight: Any) -> Any:
    """onnxruntime's MatMulNBits (accuracy level 4: int8 arithmetic) and TopK; None where it is unavailable."""
    model = onnx_ranker_model(weight)
    return onnx_session_ranker(model, weight.shape[1]) if model is not None else None


def onnx_ranker_model(weight: Any) -> bytes | None:
    """The serialized ONNX model `onnx_ranker` runs; None where its shape does not fit or onnx is missing."""
    rows, cols = weight.shape
    groups = cols // INT4_GROUP
    if cols % INT4_GROUP or groups % 2 or rows < RESCORED:
        return None
    try:
        import numpy as np
        import onnxruntime  # noqa: F401  (no model without the runtime that runs it)
        from onnx import TensorProto, helper, numpy_helper
    except ImportError:
        return None
    codes, scale, zero = _asymmetric_int4(weight)
    tensors = {  # two 4-bit codes per byte, low nibble first, as MatMulNBits reads them
        "weight": (codes[..., 0::2] | (codes[..., 1::2] << 4)).numpy(),
        "scales": scale.reshape(-1).numpy(),
        "zeros": (zero[:, 0::2] | (zero[:, 1::2] << 4)).reshape(-1).numpy(),
        "k": np.array([RESCORED], dtype=np.int64),
    }
    nodes = [
        helper.make_node(
            "MatMulNBits",
            ["hidden", "weight", "scales", "zeros"],
            ["logits"],
            domain="com.microsoft",
            K=cols,
            N=rows,
            bits=4,
            block_size=INT4_GROUP,
            accuracy_level=4,
        ),
        helper.make_node("TopK", ["logits", "k"], ["top", "best"], axis=-1),
    ]
    graph = helper.make_graph(
        nodes,
        "output_layer",
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["m", cols])],
        [
            helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["m", rows]),
            helper.make_tensor_value_info("best", TensorProto.INT64, ["m", RESCORED]),
        ],
        initializer=[numpy_helper.from_array(array, name) for name, array in tensors.items()],
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)],
        ir_version=9,  # what onnxruntime 1.15+ reads, whatever newer version the onnx package would write
    )
    return bytes(model.SerializeToString())


def onnx_session_ranker(model: bytes | str, cols: int) -> Any:
    """A ranker running `model` (serialized, or a file's path); None where onnxruntime cannot run it."""
    import numpy as np
    import torch

    try:
        import onnxruntime as ort
    except ImportError:
        return None

    options = ort.SessionOptions()
    options.intra_op_num_threads = torch.get_num_threads()
    options.inter_op_num_threads = 1
    # Idle onnxruntime threads must not spin: torch's own threads run the rest of each step on the same cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    try:
        session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        session.run(None, {"hidden": np.ones((1, cols), dtype=np.float32)})
    except Exception:  # an onnxruntime without MatMulNBits: torch's kernels serve instead
        return None

    def rank(hidden: Any) -> tuple[Any, Any]:
        logits, best = session.run(None, {"hidden": hidden.detach().float().contiguous().numpy()})
        return torch.from_numpy(logits), torch.from_numpy(best)

    return rank


def int4_ranker(weight: Any) -> Any:
    """torch's CPU int4 kernel, asymmetric groups of 32 inputs; None where it is unavailable."""
    import torch

    rows, cols = weight.shape
    if cols % INT4_GROUP:
        return None
    codes, scale, zero = _asymmetric_int4(weight)
    try:
        packed = torch._convert_weight_to_int4pack_for_cpu(codes.reshape(rows, cols).to(torch.int32), 1)
        # This kernel reads w = (code - 8) * scale + offset, so offset = (8 - zero) * scale.
        offset = (8 - zero.float()) * scale
        scales_zeros = torch.stack([scale, offset], -1).transpose(0, 1).contiguous().to(torch.bfloat16)
        torch._weight_int4pack_mm_for_cpu(
            torch.ones(1, cols, dtype=torch.bfloat16), packed, INT4_GROUP, scales_zeros
        )
    except (RuntimeError, AttributeError):
        return None

    def rank(hidden: Any) -> tuple[Any, Any]:
        return _topk(
            torch._weight_int4pack_mm_for_cpu(
                hidden.to(torch.bfloat16), packed, INT4_GROUP, scales_zeros
            ).float()
        )

    return rank


def int8_ranker(weight: Any) -> Any:
    import torch

    packed = int8_rows(weight)

    def rank(hidden: Any) -> tuple[Any, Any]:
        return _topk(torch._weight_int8pack_mm(hidden.to(torch.bfloat16), *packed).float())

    return rank
