"""Posts three phases of traffic to a running `swan serve` (monitor.sh) and records how its
GET /metrics counters moved in each: images scored, flagged at the threshold, with p <= 0.01 /
0.05 / 0.1, batches and their time. Usage: monitor.py HOST:PORT OUT.json"""
import gzip, io, json, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor
import numpy as np
from PIL import Image, ImageFilter

addr, out = sys.argv[1], sys.argv[2]
d = "/usr/share/datasets/fashion-mnist/"
x = np.frombuffer(gzip.open(d + "t10k-images-idx3-ubyte.gz").read(), np.uint8, offset=16).reshape(-1, 28, 28)
y = np.frombuffer(gzip.open(d + "t10k-labels-idx1-ubyte.gz").read(), np.uint8, offset=8)

def png(im):
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()

sneakers = [Image.fromarray(x[i]) for i in np.where(y == 7)[0]]
others = np.random.default_rng(0).choice(np.where(y != 7)[0], 100, replace=False)
phases = {
    "unchanged sneakers": [png(im) for im in sneakers],
    "blurred sneakers (radius 1.2 px)": [png(im.filter(ImageFilter.GaussianBlur(1.2))) for im in sneakers],
    "unchanged sneakers + 100 other classes": [png(im) for im in sneakers] + [png(Image.fromarray(x[i])) for i in others],
}

def metrics():
    text = urllib.request.urlopen(f"http://{addr}/metrics").read().decode()
    return {l.rsplit(" ", 1)[0]: float(l.rsplit(" ", 1)[1]) for l in text.splitlines() if l and not l.startswith("#")}

def post(body):
    req = urllib.request.Request(f"http://{addr}/score", data=body, method="POST")
    return json.loads(urllib.request.urlopen(req).read())

summary = []
for name, bodies in phases.items():
    before, t0 = metrics(), time.time()
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(post, bodies))
    after, wall = metrics(), time.time() - t0
    delta = {k: after[k] - before.get(k, 0.0) for k in after if "uptime" not in k}
    scored = delta["swan_images_scored_total"]
    row = {
        "phase": name,
        "posted": len(bodies),
        "scored": scored,
        "flagged": delta["swan_images_flagged_total"],
        "p_at_most": {lvl: delta[f'swan_p_value_at_most_total{{level="{lvl}"}}'] for lvl in ("0.01", "0.05", "0.1")},
        "batches": delta["swan_batches_total"],
        "mean_batch_seconds": delta["swan_batch_seconds_sum"] / max(delta["swan_batch_seconds_count"], 1),
        "wall_s": wall,
        # The answers' own p-values agree with the counters.
        "answers_p_at_most_0.05": sum(a["p_value"] <= 0.05 for a in answers),
    }
    summary.append(row)
    shares = " / ".join(f"{100 * row['p_at_most'][l] / scored:.2f}" for l in ("0.01", "0.05", "0.1"))
    print(f"{name}: {scored:.0f} scored, {row['flagged']:.0f} flagged; % with p <= .01/.05/.1: {shares}; "
          f"{row['batches']:.0f} batches, mean {1e3 * row['mean_batch_seconds']:.1f} ms; {wall:.1f} s")
json.dump(summary, open(out, "w"), indent=1)
