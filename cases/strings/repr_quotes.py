# repr() quoting rules: single vs double quotes, both quotes present, backslashes.
for s in ["plain", "it's", 'say "hi"', 'both \' and "', 'back\\slash', '', "'", '"']:
    print repr(s), len(repr(s))
