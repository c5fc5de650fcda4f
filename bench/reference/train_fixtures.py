# Writes crates/train/tests/fixtures/torch_reference.json: small PyTorch (CPU, float64 then
# rounded to float32 inputs) references for swan's training engine -- convolution backward
# (input and weight gradients), train-mode batch-norm forward/backward, and three steps of
# SGD (momentum, weight decay), Adam (L2) and AdamW. Usage: python3 train_fixtures.py OUT.json
import json, sys, torch, torch.nn.functional as F
torch.manual_seed(0)
def r(*shape):
    return (torch.rand(*shape, dtype=torch.float64) * 2 - 1).float().double()
out = {}
# Convolution: two geometries.
for name, (n, c, h, w, o, k, s, p) in {'conv3x3_s2': (2, 3, 6, 6, 4, 3, 2, 1),
                                        'conv1x1_s2': (2, 4, 5, 5, 3, 1, 2, 0)}.items():
    x = r(n, c, h, w).requires_grad_(); wt = r(o, c, k, k).requires_grad_()
    y = F.conv2d(x, wt, stride=s, padding=p); dy = r(*y.shape)
    y.backward(dy)
    out[name] = dict(stride=s, pad=p, x=x.detach().flatten().tolist(), x_shape=list(x.shape),
                     w=wt.detach().flatten().tolist(), w_shape=list(wt.shape),
                     y=y.detach().flatten().tolist(), dy=dy.flatten().tolist(), dy_shape=list(dy.shape),
                     dx=x.grad.flatten().tolist(), dw=wt.grad.flatten().tolist())
# Batch-norm, train mode (batch statistics, biased variance in the normalisation).
x = r(4, 3, 2, 2).requires_grad_(); g = r(3).requires_grad_(); b = r(3).requires_grad_()
y = F.batch_norm(x, None, None, g, b, training=True, eps=1e-5); dy = r(*y.shape); y.backward(dy)
out['batch_norm'] = dict(x=x.detach().flatten().tolist(), shape=list(x.shape), gamma=g.detach().tolist(),
                         beta=b.detach().tolist(), y=y.detach().flatten().tolist(), dy=dy.flatten().tolist(),
                         dx=x.grad.flatten().tolist(), dgamma=g.grad.tolist(), dbeta=b.grad.tolist())
# Optimisers: three steps on p with given gradients.
p0 = r(5); grads = [r(5) for _ in range(3)]
def run(make):
    p = torch.nn.Parameter(p0.clone()); opt = make([p])
    for gr in grads:
        opt.zero_grad(); p.grad = gr.clone(); opt.step()
    return p.detach().tolist()
out['optim'] = dict(p0=p0.tolist(), grads=[x.tolist() for x in grads], lr=0.1,
    sgd=run(lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, weight_decay=5e-4)),
    sgd_nesterov=run(lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, nesterov=True, weight_decay=5e-4)),
    adam=run(lambda ps: torch.optim.Adam(ps, lr=0.1, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2)),
    adamw=run(lambda ps: torch.optim.AdamW(ps, lr=0.1, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2)))
out['torch'] = torch.__version__
json.dump(out, open(sys.argv[1], 'w'))
