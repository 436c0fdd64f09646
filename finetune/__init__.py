"""Fine-tuning: the twin's own Q&A dataset, QLoRA/LoRA recipes, training, and adapter export.

    knowledge file -> finetune.dataset (dataset.jsonl) -> finetune.train.finetune(recipe, dataset)
                   -> models.adapters registry (CURRENT) -> the generator applies it

Modules: `dataset` (examples, split, JSONL, tokens), `questions` (local Q/A templates), `openai_pairs`
(Q/A from the OpenAI API, cached), `recipe` (the `Recipe` dataclass and its YAML files), `train`,
`export`. Importing this package loads nothing heavy; nothing here imports `graph`.
"""
