"""A tiny Gemma 3 for tests: the real architecture, a few hundred thousand random weights, a real tokenizer.

It exercises the real loading, 4-bit and LoRA code in seconds, offline. The tokenizer is a byte-level
BPE trained here on a few hundred English words, so any text tokenizes; it carries Gemma's special
tokens and chat template, so prompts built for the real model work on it unchanged.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from models.chat_template import GEMMA3_CHAT_TEMPLATE

SPECIAL_TOKENS = ["<pad>", "<eos>", "<bos>", "<unk>", "<start_of_turn>", "<end_of_turn>"]

_ENGLISH = """
the of and to in is was for on that with as by at from it an be this are or which his her they
have has had not but were one all their there been when who will more no if out so said what up its
about into than them can only other new some could time these two may then do first any my now such
like our over man me even most made after also did many before must through back years where much
your way well down should because each just those people how too little state good very make world
still own see men work long get here between both life being under never day same another know while
last might us great old year off come since against go came right used take three states himself few
house use during without again place around however home small found thought went say part once high
general upon school every together does got united left number course war until always away something
fact though water less public put think almost hand enough far took head yet government system better
set told nothing night end why called knew city capital France Paris London country question answer
name work job resume project team company experience skills python data model research university
degree email phone write wrote document documents chat twin person answer answers ask asked hello
yes thanks please user assistant system knowledge source sources retrieve retrieved context memory
engineer manager led built designed shipped customers product products role roles years months week
"""

_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"()[]{}<>-_/\\@#$%&*+=\n"


def _train_tokenizer():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    tokenizer = Tokenizer(models.BPE(unk_token=None))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=512,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    words = _ENGLISH.split()
    corpus = [" ".join(words), _ALPHABET, *(f"{a} {b}" for a, b in itertools.pairwise(words))]
    tokenizer.train_from_iterator(corpus, trainer=trainer)
    bos = tokenizer.token_to_id("<bos>")
    # Like Gemma: every encoded text starts with <bos>; the chat template writes its own.
    tokenizer.post_processor = processors.TemplateProcessing(
        single="<bos> $A", pair="<bos> $A <bos> $B", special_tokens=[("<bos>", bos)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token="<bos>",
        eos_token="<eos>",
        pad_token="<pad>",
        unk_token="<unk>",
        additional_special_tokens=["<start_of_turn>", "<end_of_turn>"],
        chat_template=GEMMA3_CHAT_TEMPLATE,
        padding_side="left",
    )


def build_tiny_gemma(path: Path, *, seed: int = 0) -> Path:
    """Save a tiny random Gemma 3 with its tokenizer under `path`; loadable with the Auto classes."""
    import torch
    from transformers import Gemma3ForCausalLM, Gemma3TextConfig, GenerationConfig

    tokenizer = _train_tokenizer()
    ids = {token: tokenizer.convert_tokens_to_ids(token) for token in SPECIAL_TOKENS}
    config = Gemma3TextConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=1,
        head_dim=32,
        max_position_embeddings=1024,
        sliding_window=64,
        layer_types=["sliding_attention", "full_attention"],
        pad_token_id=ids["<pad>"],
        bos_token_id=ids["<bos>"],
        eos_token_id=ids["<eos>"],
        tie_word_embeddings=True,
    )
    torch.manual_seed(seed)
    model = Gemma3ForCausalLM(config).eval()
    model.generation_config = GenerationConfig(
        bos_token_id=ids["<bos>"],
        eos_token_id=[ids["<eos>"], ids["<end_of_turn>"]],
        pad_token_id=ids["<pad>"],
    )
    path = Path(path)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path
