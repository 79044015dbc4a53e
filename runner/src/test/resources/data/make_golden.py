"""Writes the golden demonstration files the Java tests read (run once; the tests need no Python).

    python3 make_golden.py   # in this folder; needs h5py and numpy

minari-h5py.hdf5   Minari layout as h5py writes it: float64 observations, float32 actions,
                   float64 rewards, bool (HDF5 enum) terminations and truncations, an infos group.
d4rl-flat.npz      D4RL-like flat arrays split at terminals | timeouts, with next_observations.
d4rl-rows.npz      the same arrays without next_observations (consecutive rows), compressed.
episodes.npz       per-episode keys episode_0/observations, ... (float64, int64 and bool dtypes).
steps.csv          one row per step, a final observation row per episode.
"""
import h5py
import json
import numpy as np


def episode(steps, obs_dim, act_dim, offset):
    t = np.arange(steps + 1, dtype=np.float64)[:, None]
    observations = offset + t * 0.5 + np.arange(obs_dim) / 8.0
    actions = (np.arange(steps * act_dim, dtype=np.float32).reshape(steps, act_dim) - offset) / 4.0
    rewards = np.linspace(0.25, 1.0, steps) + offset
    return observations, actions, rewards


def minari():
    with h5py.File("minari-h5py.hdf5", "w", track_order=True) as f:
        for i, steps in enumerate([3, 2]):
            o, a, r = episode(steps, 3, 2, i)
            g = f.create_group(f"episode_{i}")
            g.attrs["id"] = i
            g.attrs["total_steps"] = steps
            g.attrs["seed"] = str(None)
            g.create_dataset("observations", data=o)
            g.create_dataset("actions", data=a)
            g.create_dataset("rewards", data=r)
            g.create_dataset("terminations", data=np.arange(steps) == steps - 1 if i == 0 else np.zeros(steps, bool))
            g.create_dataset("truncations", data=np.zeros(steps, bool) if i == 0 else np.arange(steps) == steps - 1)
            g.create_group("infos").create_dataset("success", data=np.zeros(steps, bool))
        f.attrs["total_episodes"] = 2
        f.attrs["total_steps"] = 5
        f.attrs["dataset_id"] = "golden/h5py-v0"
        f.attrs["author"] = "smiling4j tests"
        f.attrs["env_spec"] = json.dumps({"id": "Pendulum-v1", "max_episode_steps": 200})


def flat_arrays():
    o, a, r = episode(5, 3, 2, 0)
    observations = o[:5].astype(np.float32)
    next_observations = o[1:6].astype(np.float32)
    terminals = np.array([False, True, False, False, False])
    timeouts = np.array([False, False, False, False, True])
    return dict(observations=observations, next_observations=next_observations, actions=a,
                rewards=r.astype(np.float32), terminals=terminals, timeouts=timeouts)


def npz():
    arrays = flat_arrays()
    np.savez("d4rl-flat.npz", **arrays)
    del arrays["next_observations"]
    np.savez_compressed("d4rl-rows.npz", **arrays)
    per_episode = {}
    for i, steps in enumerate([2, 1]):
        o, a, r = episode(steps, 2, 1, i)
        per_episode[f"episode_{i}/observations"] = o
        per_episode[f"episode_{i}/actions"] = (a * 4).astype(np.int64)
        per_episode[f"episode_{i}/rewards"] = r
        per_episode[f"episode_{i}/terminations"] = np.arange(steps) == steps - 1
    np.savez("episodes.npz", **per_episode)


def csv():
    lines = ["episode,obs_0,obs_1,act_0,reward,terminated,truncated"]
    for i, steps in enumerate([2, 1]):
        o, a, r = episode(steps, 2, 1, i)
        for t in range(steps):
            lines.append(f"{i},{o[t, 0]!r},{o[t, 1]!r},{float(a[t, 0])!r},{r[t]!r},{int(t == steps - 1)},0")
        lines.append(f"{i},{o[steps, 0]!r},{o[steps, 1]!r},,,,")
    with open("steps.csv", "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    minari()
    npz()
    csv()
