import sys, glob, json
import numpy as np
import struct
def load_file(p):
    f = open(p, 'rb'); n = struct.unpack('<Q', f.read(8))[0]; h = json.loads(f.read(n)); data = f.read()
    dt = {'F32': np.float32, 'F16': np.float16, 'I64': np.int64, 'U32': np.uint32, 'I32': np.int32, 'U8': np.uint8}
    return {k: np.frombuffer(data[v['data_offsets'][0]:v['data_offsets'][1]], dtype=dt[v['dtype']]).reshape(v['shape'])
            for k, v in h.items() if k != '__metadata__'}
out = sys.argv[1]
res = {}
for s in (64, 224):
    try:
        a = load_file(f"{out}/f-cpu-{s}.safetensors"); b = load_file(f"{out}/f-wgpu-{s}.safetensors")
    except Exception as e:
        print(s, "missing:", e); continue
    for k in a:
        if k not in b: print(s, k, "missing in wgpu"); continue
        x, y = a[k].astype(np.float64), b[k].astype(np.float64)
        if x.shape != y.shape or x.dtype.kind != 'f':
            print(s, k, x.shape, y.shape, "equal" if np.array_equal(x, y) else "DIFFER"); continue
        d = np.abs(x - y); rel = d.max() / (np.abs(x).max() + 1e-12)
        cos = (x * y).sum(1) / (np.linalg.norm(x, axis=1) * np.linalg.norm(y, axis=1) + 1e-12)
        r = dict(shape=list(x.shape), max_abs=float(d.max()), mean_abs=float(d.mean()), rel_to_max=float(rel), min_row_cos=float(cos.min()))
        res[f"{s}/{k}"] = r; print(s, k, r)
json.dump(res, open(f"{out}/parity.json", "w"), indent=1)
for f in sorted([p for p in glob.glob(f"{out}/dn2-*.json") if not p.endswith(".splits.json")]):
    r = json.load(open(f)); print(f, "mean AUROC", r["mean"]["auroc"], "AP", r["mean"].get("ap"), "timings", r["timings"])
