# Integer and float methods and attributes: bit_length, conjugate, is_integer, as_integer_ratio.
print (255).bit_length(), (-1).bit_length(), (0).bit_length(), (2 ** 100).bit_length()
print (5).conjugate(), (5).numerator, (5).denominator, (7L).real
print (2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (2.5).hex()
print float.fromhex('0x1.8p1'), (-0.5).as_integer_ratio()
