"""Gives a copy of a generated corpus a git history, as a portal kept in git for years has: its
records added in date order, one to six a commit, then EDIT_COMMITS commits that each add a line to
one record's body, then one commit that puts every record back as it is on disk. Written with git
fast-import; repack it as git's automatic gc would (`git repack -a -d -f`) before measuring.

    cp -r bench/work/corpus/10000-seed1-congkhai /tmp/h10k
    python3 bench/git-history.py /tmp/h10k 20000 && git -C /tmp/h10k repack -a -d -q -f
"""
import os, sys, re, random, subprocess, time
site = sys.argv[1]; edits = int(sys.argv[2])
random.seed(1)
files = []
for d, _, fs in os.walk(os.path.join(site, 'content')):
    for f in fs:
        p = os.path.join(d, f)
        rel = os.path.relpath(p, site)
        m = re.search(r'(\d{4})-(\d{2})-(\d{2})', f) or re.search(r'(\d{4})', rel)
        y = int(m.group(1)) if m else 2015
        mo = int(m.group(2)) if m and m.lastindex >= 2 else 6
        files.append(((y, mo, rel), rel))
files.sort()
base = int(time.mktime((2015, 1, 1, 9, 0, 0, 0, 0, 0)))
out = []
mark = [0]
def blob(data):
    mark[0] += 1
    out.append(b'blob\nmark :%d\ndata %d\n' % (mark[0], len(data)) + data + b'\n')
    return mark[0]
def commit(when, msg, changes):
    msg = msg.encode()
    out.append(b'commit refs/heads/main\ncommitter Webmaster <web@example.vn> %d +0700\ndata %d\n%s\n' % (when, len(msg), msg))
    for path, m in changes:
        out.append(b'M 100644 :%d %s\n' % (m, path.encode()))
    out.append(b'\n')
other = [r for r in os.listdir(site) if r != 'content' and os.path.isfile(os.path.join(site, r))]
commit(base, 'Cấu hình cổng', [(r, blob(open(os.path.join(site, r), 'rb').read())) for r in other])
t = base
i = 0
n = len(files)
span = int(time.mktime((2025, 6, 1, 9, 0, 0, 0, 0, 0))) - base
while i < n:
    k = random.randint(1, 6)
    batch = files[i:i + k]
    i += k
    t = max(t + 60, base + span * i // n)
    commit(t, 'Đăng %d văn bản' % len(batch), [(rel, blob(open(os.path.join(site, rel), 'rb').read())) for _, rel in batch])
# edits: bodies get a line; the final text is the file as it is, so the last edit of a file writes it whole
current = {rel: open(os.path.join(site, rel), 'rb').read() for _, rel in files}
md = [rel for _, rel in files if rel.endswith('.md')]
for e in range(edits):
    t += random.randint(600, 86400)
    rel = random.choice(md)
    data = current[rel] + ('\nSửa lần %d.\n' % e).encode()
    current[rel] = data
    commit(t, 'Sửa %s' % os.path.basename(rel), [(rel, blob(data))])
# last commit puts every edited file back as it is on disk
changed = [rel for _, rel in files if current[rel] != open(os.path.join(site, rel), 'rb').read()]
t += 3600
commit(t, 'Trả lại nội dung', [(rel, blob(open(os.path.join(site, rel), 'rb').read())) for rel in changed])
out.append(b'done\n')
subprocess.run(['git', 'init', '-q', '-b', 'main', site], check=True)
p = subprocess.run(['git', '-C', site, 'fast-import', '--quiet', '--done'], input=b''.join(out), check=True)
subprocess.run(['git', '-C', site, 'checkout', '-q', '-f', 'main'], check=True)
print('commits', subprocess.run(['git', '-C', site, 'rev-list', '--count', 'HEAD'], capture_output=True, text=True).stdout.strip())
