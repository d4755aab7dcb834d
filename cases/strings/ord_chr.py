# ord and chr, and a simple Caesar cipher.
print ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('\xff')
print chr(72) + chr(105), repr(chr(0)), repr(chr(200))
def shift(text, n):
    out = ''
    for c in text:
        if 'a' <= c <= 'z':
            out += chr((ord(c) - ord('a') + n) % 26 + ord('a'))
        else:
            out += c
    return out
msg = 'attack at dawn'
enc = shift(msg, 3)
print enc
print shift(enc, -3)
print [ord(c) for c in 'abc'], ''.join([chr(i) for i in range(65, 71)])
total = 0
for c in 'checksum':
    total = (total * 31 + ord(c)) % 65521
print total
