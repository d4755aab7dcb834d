# Recursive functions.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print [fact(i) for i in range(8)]
print fact(25)
print [fib(i) for i in range(12)]
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(3, 'A', 'C', 'B', moves)
print len(moves), moves
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print gcd(1071, 462), gcd(17, 5)
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print flatten([1, [2, [3, 4], []], [[5]]])
