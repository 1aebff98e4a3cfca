#!/usr/bin/env python3
# bench-diagram.py: the diagram's benchmark, beside a bare GTK 4 window in the same run
#
# Copyright 2026 The Dorsal authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench-diagram.py BENCH DIAGRAM_WINDOW BARE_WINDOW
#
# Starts its own Xvfb at 3840x2160, runs BENCH there (load, render, hit-test
# and hover figures), then measures the diagram window and the bare window
# alike: time from launch to the first frame with the drawing, process CPU
# time per synthetic pointer move (from /proc/PID/stat) over a fast zigzag
# sweep of the whole window and over a slow pass across the rib cage (where
# the highlight follows every structure), and resident memory.
# Prints "bench: NAME VALUE" lines; medians where a figure is repeated.

import os
import shutil
import statistics
import subprocess
import sys
import time

WIDTH, HEIGHT = 3840, 2160
MOVES = 300
LAUNCHES = 5


def start_xvfb():
    for n in range(90, 200):
        if os.path.exists(f'/tmp/.X{n}-lock') or os.path.exists(f'/tmp/.X11-unix/X{n}'):
            continue
        proc = subprocess.Popen(['Xvfb', f':{n}', '-screen', '0', f'{WIDTH}x{HEIGHT}x24',
                                 '-nolisten', 'tcp'],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if os.path.exists(f'/tmp/.X11-unix/X{n}'):
                return proc, f':{n}'
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        proc.kill()
    sys.exit('bench: cannot start Xvfb')


def has_gpu():
    """what dorsal_choose_renderer looks at: a GPU device node"""
    try:
        return any(n.startswith(('renderD', 'card')) for n in os.listdir('/dev/dri'))
    except OSError:
        return False


def cpu_ms(pid):
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    # utime and stime are fields 14 and 15; fields[0] here is field 3
    ticks = int(fields[11]) + int(fields[12])
    return ticks * 1000.0 / os.sysconf('SC_CLK_TCK')


def rss_mb(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024.0
    return 0.0


def launch(cmd, env):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    line = proc.stdout.readline()
    elapsed = (time.monotonic() - start) * 1000.0
    if not line.startswith('visible'):
        proc.kill()
        sys.exit(f'bench: {cmd[0]} never showed its window')
    return proc, elapsed


def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def sweep_args():
    # a zigzag over the whole window, rows top to bottom
    args = []
    rows = 10
    per_row = MOVES // rows
    for r in range(rows):
        y = 150 + r * (HEIGHT - 300) // (rows - 1)
        for i in range(per_row):
            t = i / (per_row - 1)
            x = 100 + int((WIDTH - 200) * (t if r % 2 == 0 else 1 - t))
            args += ['mousemove', str(x), str(y), 'sleep', '0.01']
    return args


def xdotool(args, env):
    # the tool is not ours: keep the tests' malloc checks away from it
    tool_env = {k: v for k, v in env.items() if k not in ('MALLOC_CHECK_', 'G_DEBUG')}
    result = subprocess.run(['xdotool'] + args, env=tool_env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f'bench: xdotool failed ({result.returncode}): {result.stderr.strip()}')


def slow_sweep_args():
    # across the rib cage slowly enough to count as looking, not passing:
    # 8 px every 10 ms, so the highlight follows (at most every 40 ms)
    args = []
    for i in range(MOVES):
        x = 1400 + 8 * (i % 130)
        y = 700 + 60 * (i // 130)
        args += ['mousemove', str(x), str(y), 'sleep', '0.01']
    return args


def measure_window(cmd, env, sweep):
    proc, _ = launch(cmd, env)
    time.sleep(1.5)  # let it settle: first renders, idle
    xdotool(['mousemove', '5', '5'], env)
    time.sleep(0.5)
    before = cpu_ms(proc.pid)
    xdotool(sweep, env)
    time.sleep(0.5)  # the last events handled
    after = cpu_ms(proc.pid)
    rss = rss_mb(proc.pid)
    stop(proc)
    return (after - before) / MOVES, rss


def main():
    bench, diagram_window, bare_window = sys.argv[1:4]
    if shutil.which('xdotool') is None or shutil.which('Xvfb') is None:
        sys.exit('bench: needs Xvfb and xdotool')

    xvfb, display = start_xvfb()
    env = dict(os.environ)
    env['DISPLAY'] = display
    env['GDK_BACKEND'] = 'x11'
    env.pop('WAYLAND_DISPLAY', None)
    size = f'{WIDTH}x{HEIGHT}'
    diagram_cmd = [diagram_window, '--size', size]
    bare_cmd = [bare_window, '--size', size]

    try:
        out = subprocess.run([bench], env=env, check=True, stdout=subprocess.PIPE,
                             text=True).stdout
        sys.stdout.write(out)
        sys.stdout.flush()

        # launch to a visible window, alternating so both see the same load
        diagram_times, bare_times = [], []
        for _ in range(LAUNCHES):
            proc, ms = launch(diagram_cmd, env)
            stop(proc)
            diagram_times.append(ms)
            proc, ms = launch(bare_cmd, env)
            stop(proc)
            bare_times.append(ms)
        d, b = statistics.median(diagram_times), statistics.median(bare_times)
        print(f'bench: launch-to-visible-ms-4k {d:.1f}')
        print(f'bench: launch-to-visible-ms-4k-bare {b:.1f}')
        print(f'bench: launch-to-visible-ratio-4k {d / b:.2f}')

        # pointer moves and memory, each program three times, alternating
        diagram_cpu, bare_cpu, diagram_rss, bare_rss = [], [], [], []
        diagram_slow, bare_slow = [], []
        for _ in range(3):
            cpu, rss = measure_window(diagram_cmd, env, sweep_args())
            diagram_cpu.append(cpu)
            diagram_rss.append(rss)
            cpu, rss = measure_window(bare_cmd, env, sweep_args())
            bare_cpu.append(cpu)
            bare_rss.append(rss)
            diagram_slow.append(measure_window(diagram_cmd, env, slow_sweep_args())[0])
            bare_slow.append(measure_window(bare_cmd, env, slow_sweep_args())[0])
        dc, bc = statistics.median(diagram_cpu), statistics.median(bare_cpu)
        dr, br = statistics.median(diagram_rss), statistics.median(bare_rss)
        print(f'bench: pointer-move-cpu-ms-4k {dc:.3f}')
        print(f'bench: pointer-move-cpu-ms-4k-bare {bc:.3f}')
        # the same, moving slowly over structures: every highlight drawn
        print(f'bench: pointer-move-slow-cpu-ms-4k {statistics.median(diagram_slow):.3f}')
        print(f'bench: pointer-move-slow-cpu-ms-4k-bare {statistics.median(bare_slow):.3f}')
        # the diagram window chooses GTK's cairo renderer where there is no GPU (as the app
        # does, dorsal_choose_renderer); the same figures with the GL renderer forced, on
        # llvmpipe here, for comparison
        gl_env = dict(env)
        gl_env['GSK_RENDERER'] = 'gl'
        gl_cpu, gl_slow, gl_rss = [], [], []
        for _ in range(3):
            cpu, rss = measure_window(diagram_cmd, gl_env, sweep_args())
            gl_cpu.append(cpu)
            gl_rss.append(rss)
            gl_slow.append(measure_window(diagram_cmd, gl_env, slow_sweep_args())[0])
        chosen = env.get('GSK_RENDERER') or ('gl' if has_gpu() else 'cairo')
        print(f'bench: renderer {chosen}')
        # memory beside a bare window on the same renderer: a bare window on cairo holds less
        # than one on GL, so this is the like-for-like ratio
        same_env = dict(env)
        same_env['GSK_RENDERER'] = chosen
        same_rss = [measure_window(bare_cmd, same_env, sweep_args())[1] for _ in range(3)]
        print(f'bench: rss-mb-4k-bare-{chosen} {statistics.median(same_rss):.1f}')
        print(f'bench: rss-ratio-4k-same-renderer {dr / statistics.median(same_rss):.2f}')
        print(f'bench: rss-ratio-4k-gl {statistics.median(gl_rss) / br:.2f}')
        print(f'bench: pointer-move-cpu-ms-4k-gl {statistics.median(gl_cpu):.3f}')
        print(f'bench: pointer-move-slow-cpu-ms-4k-gl {statistics.median(gl_slow):.3f}')
        print(f'bench: rss-mb-4k-gl {statistics.median(gl_rss):.1f}')
        print(f'bench: rss-mb-4k {dr:.1f}')
        print(f'bench: rss-mb-4k-bare {br:.1f}')
        print(f'bench: rss-ratio-4k {dr / br:.2f}')
    finally:
        xvfb.terminate()
        xvfb.wait()


if __name__ == '__main__':
    main()
