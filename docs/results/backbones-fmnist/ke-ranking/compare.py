"""Per class: Spearman correlation of the 12 transforms' distances between Lite0 and Lite1 /
Lite2, and the positives and negatives each backbone's ranking hands KE."""
import json

from scipy.stats import spearmanr

runs = {b: json.load(open(f"lite{b}-64.json")) for b in (0, 1, 2)}
print("| class | ρ Lite0–Lite1 | ρ Lite0–Lite2 | positives (all three) | negatives Lite0 | Lite1 | Lite2 |")
print("|---|---|---|---|---|---|---|")
for c, lite0 in enumerate(runs[0]["classes"]):
    dist = {b: {t["transform"]: t["distance"] for t in runs[b]["classes"][c]["ranking"]} for b in runs}
    keys = sorted(dist[0])
    rho = [spearmanr([dist[0][k] for k in keys], [dist[b][k] for k in keys])[0] for b in (1, 2)]
    pos = {tuple(sorted(runs[b]["classes"][c]["positives"])) for b in runs}
    neg = [", ".join(sorted(runs[b]["classes"][c]["negatives"])).replace("@1", "") for b in runs]
    positives = ", ".join(next(iter(pos))).replace("@1", "") if len(pos) == 1 else "differ"
    print(f"| {lite0['class']} | {rho[0]:.3f} | {rho[1]:.3f} | {positives} | {neg[0]} | {neg[1]} | {neg[2]} |")
