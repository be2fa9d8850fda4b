"""Select ids for the held-out mentions eval (real part). Selection only: seeded shuffle per file,
drop texts over 600 characters, take the first N. No keyword matching. Writes sample_ids.txt (id<TAB>file)."""
import json, random
POOL = "/work/shared/data/tone-pool/"
PLAN = [("dipromats23_en", 45), ("cmfa_presscon_en", 35), ("efrith_pompeo_trump_2019", 32),
        ("dipromats23_es", 40), ("dipromats24_es_sample", 22), ("cmfa_presscon_zh", 52)]
SEED = 20261129
out = []
for name, n in PLAN:
    rows = [json.loads(l) for l in open(POOL + name + ".jsonl", encoding="utf-8")]
    rng = random.Random(f"{SEED}:{name}")
    rng.shuffle(rows)
    out += [(r["id"], name) for r in rows if len(r["text"]) <= 600][:n]
with open("sample_ids.txt", "w") as f:
    for i, name in out:
        f.write(f"{i}\t{name}\n")
print(len(out))
