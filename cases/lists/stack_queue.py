# Using a list as a stack, to check balanced brackets.
def balanced(text):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for c in text:
        if c in '([{':
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack
for t in ['(a[b]{c})', '(]', '((', '', 'x{y(z)}[]']:
    print repr(t), balanced(t)
queue = [1, 2, 3]
out = []
while queue:
    v = queue.pop(0)
    out.append(v)
    if v < 6:
        queue.append(v * 2 + 1)
print out
