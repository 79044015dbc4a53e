"""Checks with h5py that a file smiling4j wrote (through jHDF) has Minari's layout and values.

    python3 check_with_h5py.py written.hdf5 [reference.hdf5]

With a reference (such as minari-h5py.hdf5, read and written back by DemonstrationFiles), the
episodes' arrays must equal the reference's. Prints one line per episode; exits non-zero on a mismatch.
"""
import sys

import h5py
import numpy as np


def episodes(f):
    names = sorted((k for k in f if k.startswith("episode_")), key=lambda k: int(k.split("_")[1]))
    return [(k, f[k]) for k in names]


def check(path, reference=None):
    with h5py.File(path, "r") as f:
        eps = episodes(f)
        steps = 0
        for name, g in eps:
            n = len(g["rewards"])
            assert g["observations"].shape[0] == n + 1, name
            assert "actions" not in g or g["actions"].shape[0] == n, name
            assert g["terminations"].shape == (n,) and g["truncations"].shape == (n,), name
            assert g.attrs["total_steps"] == n and g.attrs["id"] == int(name.split("_")[1]), name
            steps += n
            print(name, {k: (str(g[k].dtype), g[k].shape) for k in g},
                  "terminations", np.asarray(g["terminations"]).astype(bool).tolist())
        assert f.attrs["total_episodes"] == len(eps) and f.attrs["total_steps"] == steps
        print("attributes", {k: f.attrs[k] for k in f.attrs})
        if reference:
            with h5py.File(reference, "r") as r:
                for (name, g), (_, h) in zip(eps, episodes(r), strict=True):
                    for key in ("observations", "actions", "rewards"):
                        if key in g:
                            np.testing.assert_allclose(g[key][()], h[key][()].astype(np.float32), err_msg=name + key)
                    for key in ("terminations", "truncations"):
                        assert (g[key][()].astype(bool) == h[key][()]).all(), name + key
            print("equal to", reference)


if __name__ == "__main__":
    check(*sys.argv[1:])
