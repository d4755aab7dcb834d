# Counting words and grouping into a dict of lists.
text = '''the quick brown fox jumps over the lazy dog the dog
barks and the fox runs quick quick'''
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print counts
for w in sorted(counts):
    print w, counts[w]
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print by_len
by_first = {}
for w in sorted(set(text.split())):
    if w[0] not in by_first:
        by_first[w[0]] = []
    by_first[w[0]].append(w)
print by_first
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print top
print len(counts), sum(counts.values())
