#!/usr/bin/env python3
"""`swan serve` throughput against offline `swan score` on the same images, in the same run.

Fashion-MNIST: a DN2 model (EfficientNet-Lite0 at 64 px, k = 2) fitted on the first 1000
training images of class 0; the first N test images (PNG files) scored three ways:
  offline     `swan score --model M --data folder:DIR --no-cache` (wall time of the command,
              model loading included, as the server's startup is not counted below)
  serve xC    C connections from one client process (asyncio), each posting its share of
              the images one request at a time (keep-alive), to `swan serve --max-batch B`;
              the client shares the machine's cores with the server
Reports images/s and the ratio of each to offline; checks that every served score equals the
offline one up to float rounding.

Usage (repository root, after cargo build --release; needs numpy and pillow):
  python3 docs/results/serve/bench.py [--n 1000] [--clients 1,4,16,64] [--threads 2]
"""
import argparse, asyncio, gzip, json, os, subprocess, sys, tempfile, time

import numpy as np
from PIL import Image

SWAN = os.environ.get("SWAN", "./target/release/swan")
FMNIST = "/usr/share/datasets/fashion-mnist"


def idx(name):
    with gzip.open(os.path.join(FMNIST, name)) as f:
        data = f.read()
    if name.endswith("idx1-ubyte.gz"):
        return np.frombuffer(data, np.uint8, offset=8)
    return np.frombuffer(data, np.uint8, offset=16).reshape(-1, 28, 28)


def write_pngs(images, folder):
    os.makedirs(folder, exist_ok=True)
    for i, im in enumerate(images):
        Image.fromarray(im).save(os.path.join(folder, f"{i:05d}.png"))
    return sorted(os.listdir(folder))


async def client(addr, files, bodies, scores):
    """One connection: posts its images one at a time (HTTP/1.1 keep-alive)."""
    host, port = addr.split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    for name in files:
        body = bodies[name]
        writer.write(f"POST /score?name={name} HTTP/1.1\r\nHost: swan\r\n"
                     f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(int(l.split(b":")[1]) for l in head.split(b"\r\n")
                      if l.lower().startswith(b"content-length"))
        answer = json.loads(await reader.readexactly(length))
        if not head.startswith(b"HTTP/1.1 200"):
            raise SystemExit(f"{name}: {head.splitlines()[0]} {answer}")
        scores[name] = answer["score"]
    writer.close()


async def serve_all(addr, files, bodies, connections):
    scores = {}
    parts = [files[i::connections] for i in range(connections)]
    t0 = time.perf_counter()
    await asyncio.gather(*[client(addr, p, bodies, scores) for p in parts])
    return scores, time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--clients", default="1,4,16,64")
    ap.add_argument("--max-batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="swan-serve-bench-")
    train, labels = idx("train-images-idx3-ubyte.gz"), idx("train-labels-idx1-ubyte.gz")
    write_pngs(train[labels == 0][:1000], os.path.join(tmp, "train", "0"))
    test_dir = os.path.join(tmp, "test")
    files = write_pngs(idx("t10k-images-idx3-ubyte.gz")[: a.n], test_dir)
    bodies = {}
    for name in files:
        with open(os.path.join(test_dir, name), "rb") as f:
            bodies[name] = f.read()
    model = os.path.join(tmp, "m.safetensors")
    common = ["--threads", str(a.threads), "--no-progress"]
    subprocess.run([SWAN, *common, "fit", "--data", f"folder:{tmp}/train", "--image-size", "64",
                    "--k", "2", "--no-cache", "--out", model], check=True, capture_output=True)

    t0 = time.perf_counter()
    out = subprocess.run([SWAN, *common, "score", "--model", model, "--data", f"folder:{test_dir}",
                          "--no-cache"], check=True, capture_output=True, text=True).stdout
    offline_s = time.perf_counter() - t0
    offline = {l.split(",")[0]: float(l.split(",")[1]) for l in out.splitlines()[1:]}
    rows = [("offline swan score", a.n / offline_s, 1.0)]

    server = subprocess.Popen([SWAN, "--threads", str(a.threads), "serve", "--model", model,
                               "--port", "0", "--max-batch", str(a.max_batch)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    addr = server.stdout.readline().strip().removeprefix("listening on http://")
    worst = 0.0
    try:
        for c in (int(x) for x in a.clients.split(",")):
            scores, dt = asyncio.run(serve_all(addr, files, bodies, c))
            if len(scores) != a.n:
                raise SystemExit(f"{c} clients: {len(scores)} of {a.n} answered")
            worst = max(worst, max(abs(scores[f] - offline[f]) / max(abs(offline[f]), 1e-3)
                                   for f in files))
            rows.append((f"swan serve, {c} connection(s)", a.n / dt, (a.n / dt) / rows[0][1]))
    finally:
        server.kill()
    print(f"{a.n} Fashion-MNIST test images, DN2 (Lite0 64 px, 1000 normals), "
          f"--threads {a.threads}, --max-batch {a.max_batch}")
    print("| scoring | images/s | ratio to offline |\n|---|---|---|")
    for name, rate, ratio in rows:
        print(f"| {name} | {rate:.0f} | {ratio:.2f} |")
    print(f"largest relative difference of a served score from the offline one: {worst:.2e}")


if __name__ == "__main__":
    sys.exit(main())
