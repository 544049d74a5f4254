"""Compares the search results of two congkhai builds of the same generated corpus: the jar of an
earlier commit (by default 36146b5, main just before the first speed work of issue 12 was merged)
and this checkout's target/congkhai.jar (packaged when missing; package it again after a change:
mvn -B -q package -DskipTests). Speed work must not change what a search answers.

    python3 bench/compare-search.py [--before COMMIT] [--records 1000] [--seed 1] [--queries 132]

The queries are drawn from the corpus with a fixed seed: document numbers, words and phrases of
titles with and without accents, phrases in quotes, signers, words of bodies, dates, a number
without its issuer, and some of these again with a filter (--type, --status, --year, --topic,
--agency, --by-date). Each runs through `congkhai search --json --limit 50` on both sites. A query's
results are the same when both list the same records in the same order with the same scores and
the same tasks under each; the snippet and its marks are compared apart, since they are text cut
around the words and not a result. Exit status 0 when every query has the same results, 1 if not.

Needs Java 17, Maven and git; the earlier commit is checked out in a worktree under
bench/work/compare/ (git-ignored) and packaged there once, kept for the next run
(`git worktree remove --force bench/work/compare/tree-COMMIT` removes it).
"""
import argparse, glob, hashlib, json, os, random, re, shutil, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
WORK = os.path.join(HERE, 'work')
FILTERS = [['--type', 'task'], ['--status', 'overdue'], ['--year', '2020'], ['--by-date'], ['--type', 'plan'],
           ['--topic', 'dat-dai'], ['--agency', 'so-tc'], ['--status', 'done']]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def corpus(records, seed):
    """The corpus bench/run builds, in the same folder and kept by the same rule: made again when the generator changed."""
    folder = os.path.join(WORK, 'corpus', f'{records}-seed{seed}-congkhai')
    generator = os.path.join(HERE, 'GenerateCorpus.java')
    with open(generator, 'rb') as f:
        generator_hash = hashlib.sha1(f.read()).hexdigest()[:12]
    stamp = folder + '.stamp'
    if not os.path.isfile(stamp) or open(stamp).read().strip() != generator_hash:
        shutil.rmtree(folder, ignore_errors=True)
        run(['java', generator, '--records', str(records), '--seed', str(seed), '--flavour', 'congkhai', '--out', folder],
            stdout=subprocess.DEVNULL)
        with open(stamp, 'w') as f:
            f.write(generator_hash + '\n')
    return folder


def jar_of(commit):
    tree = os.path.join(WORK, 'compare', 'tree-' + commit)
    jar = os.path.join(tree, 'target', 'congkhai.jar')
    if not os.path.isfile(jar):
        if not os.path.isdir(tree):
            run(['git', '-C', REPO, 'worktree', 'add', '-q', '--detach', '-f', tree, commit])
        package = ['mvn', '-B', '-q', '-Dstyle.color=never', '-f', os.path.join(tree, 'pom.xml'), 'package', '-DskipTests']
        # offline first: the earlier commit's dependencies are usually in the local repository already
        if subprocess.run(package[:3] + ['-o'] + package[3:], stdout=subprocess.DEVNULL).returncode != 0:
            run(package, stdout=subprocess.DEVNULL)
    return jar


def fold(text):
    text = text.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', text) if unicodedata.category(c) != 'Mn')


def queries(site, count, seed):
    rnd = random.Random(seed)
    numbers, titles, signers, bodies, dates = [], [], [], [], []
    for path in sorted(glob.glob(os.path.join(site, 'content', '**', '*.md'), recursive=True)):
        text = open(path, encoding='utf-8').read()
        head, _, body = text.partition('\n---\n')
        for pattern, into in ((r'^number: "([^"]+)"', numbers), (r'^title: "([^"]+)"', titles), (r'name: "([^"]+)"', signers)):
            found = re.search(pattern, head, re.M)
            if found:
                into.append(found.group(1))
        titles.extend(re.findall(r'- id: t\d+\n\s+title: "([^"]+)"', head))
        if body:
            bodies.append(body)
            dates.extend(re.findall(r'\b\d{1,2}/\d{1,2}/\d{4}\b', body))
    plain = []
    share = max(1, count // 130)
    plain += [[n] for n in rnd.sample(numbers, 25 * share)]
    for title in rnd.sample(titles, 40 * share):
        words = title.split()
        size = rnd.randint(2, 4)
        at = rnd.randint(0, max(0, len(words) - size))
        phrase = ' '.join(words[at:at + size])
        plain.append([phrase] if rnd.random() < 0.6 else [fold(phrase).lower()])
    for title in rnd.sample(titles, 10 * share):
        words = title.split()
        at = rnd.randint(0, max(0, len(words) - 3))
        plain.append(['"' + ' '.join(words[at:at + 3]) + '"'])
    plain += [[s] for s in rnd.sample(sorted(set(signers)), min(len(set(signers)), 8 * share))]
    for body in rnd.sample(bodies, 20 * share):
        words = re.findall(r'\w+', body)
        if len(words) >= 5:
            at = rnd.randint(0, len(words) - 3)
            plain.append([' '.join(words[at:at + 2])])
    plain += [[d] for d in rnd.sample(dates, 8 * share)]
    # a number without its issuer's part ("05/KH"), as a reader half remembers it
    plain += [[n.split('/')[0] + '/' + n.split('/')[1].split('-')[0]] for n in rnd.sample(numbers, 5 * share)]
    filtered = [q + rnd.choice(FILTERS) for q in rnd.sample(plain, min(len(plain), 16 * share))]
    return (plain + filtered)[:count]


def build(jar, site, out):
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(os.path.join(os.path.dirname(out), '.' + os.path.basename(out) + '.lucene'), ignore_errors=True)
    run(['java', '-jar', jar, 'build', '--source', site, '--output', out], stdout=subprocess.DEVNULL)


def answers(jar, out, qs):
    results = []
    for q in qs:
        p = subprocess.run(['java', '-XX:TieredStopAtLevel=1', '-jar', jar, 'search', '--json', '--limit', '50', '--site', out] + q,
                           capture_output=True, text=True)
        results.append({'query': q, 'status': p.returncode, 'results': json.loads(p.stdout) if p.returncode == 0 else p.stderr})
    return results


def essence(results):
    return [(r['id'], r.get('score'), [t['id'] for t in r.get('tasks', [])], r.get('moreTasks')) for r in results]


def main():
    args = argparse.ArgumentParser(description='Search results of two builds of one corpus, compared')
    args.add_argument('--before', default='36146b5')
    args.add_argument('--records', type=int, default=1000)
    args.add_argument('--seed', type=int, default=1)
    args.add_argument('--queries', type=int, default=132)
    a = args.parse_args()
    # the corpus sits inside this repository's work tree, git-ignored: keep the builds from reading its history
    os.environ['GIT_CEILING_DIRECTORIES'] = WORK
    after_jar = os.path.join(REPO, 'target', 'congkhai.jar')
    if not os.path.isfile(after_jar):
        run(['mvn', '-B', '-q', '-Dstyle.color=never', '-f', os.path.join(REPO, 'pom.xml'), 'package', '-DskipTests'],
            stdout=subprocess.DEVNULL)
    site = corpus(a.records, a.seed)
    qs = queries(site, a.queries, a.seed)
    jars = {'before': jar_of(a.before), 'after': after_jar}
    found = {}
    for name, jar in jars.items():
        out = os.path.join(WORK, 'compare', f'{a.records}-{name}')
        build(jar, site, out)
        found[name] = answers(jar, out, qs)
    with open(os.path.join(WORK, 'compare', f'{a.records}-results.json'), 'w', encoding='utf-8') as f:
        json.dump({'before': a.before, 'queries': qs, **found}, f, ensure_ascii=False)
    same = snippets = 0
    differing = []
    for before, after in zip(found['before'], found['after']):
        if before == after:
            same += 1
        elif before['status'] == after['status'] == 0 and essence(before['results']) == essence(after['results']):
            snippets += 1
            same += 1
        else:
            differing.append(before['query'])
    print(f'{len(qs)} queries on the {a.records}-record corpus, {a.before} against this checkout: '
          f'{same} with the same results ({snippets} of them with another snippet or marks), {len(differing)} different')
    for q in differing:
        print('  different: ' + ' '.join(q))
    sys.exit(1 if differing else 0)


if __name__ == '__main__':
    main()
