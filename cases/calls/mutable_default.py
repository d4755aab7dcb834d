# A mutable default argument is created once and shared between calls; the None idiom is not.
def add(item, bucket=[]):
    bucket.append(item)
    return bucket
print add(1), add(2), add(3, [])
print add(4)
def add2(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print add2(1), add2(2)
print add.func_defaults
