#!/usr/bin/env python3
# The synthetic corpus of scripts/bench (used when the real corpus is missing):
#   bench-synthetic.py SEEDS_FOLDER OUT.jsonl MB...
# Varied copies of the seed articles as JSON Lines, until the largest size is reached; prints
# the line count at which each size is passed.
import datetime, glob, json, random, re, sys
folder, out, sizes = sys.argv[1], sys.argv[2], [float(s) * 1e6 for s in sys.argv[3:]]
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(folder + "/*.txt"))]
if not texts:
    sys.exit("no seeds")
def pieces(t):
    parts = [p for p in re.split(r"(?<=[.!?؟\n])\s+", t) if p.strip()]
    if len(parts) < 4:  # unpunctuated text: runs of about 25 words
        words = t.split()
        parts = [" ".join(words[i:i + 25]) for i in range(0, len(words), 25)]
    return parts
segs = [pieces(t) for t in texts]
rnd = random.Random(20170825)
start = datetime.date(2013, 1, 1)
written, n, goal = 0, 0, 0
with open(out, "w", encoding="utf-8") as f:
    while goal < len(sizes):
        s = segs[n % len(segs)]
        r = (n // len(segs)) % len(s)
        text = "\n".join(s[r:] + s[:r])
        text = re.sub(r"[0-9]+", lambda m: str(rnd.randint(2, 120)), text)
        if n % 2:  # fill the gaps left by stripped digits
            text = re.sub(r"(?<=\S)  (?=\S)", lambda m: " %d " % rnd.randint(2, 90), text)
        day = start + datetime.timedelta(days=(n * 7) % 2000)
        line = json.dumps({"id": "synth-%07d" % n, "date": day.isoformat(), "outlet": "synthetic",
                           "title": text[:60], "text": text}, ensure_ascii=False) + "\n"
        f.write(line)
        written += len(line.encode("utf-8"))
        n += 1
        while goal < len(sizes) and written >= sizes[goal]:
            print(n)
            goal += 1
