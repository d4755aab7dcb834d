# User exception classes with extra fields and a hierarchy, caught selectively in order.
class BankError(Exception):
    pass
class Insufficient(BankError):
    def __init__(self, need, have):
        BankError.__init__(self, 'need %d, have %d' % (need, have))
        self.short = need - have
class Frozen(BankError):
    pass
def withdraw(balance, amount, frozen=False):
    if frozen:
        raise Frozen('account frozen')
    if amount > balance:
        raise Insufficient(amount, balance)
    return balance - amount
for args in [(10, 3), (10, 30), (10, 1, True)]:
    try:
        print 'ok', withdraw(*args)
    except Insufficient as e:
        print 'short by', e.short, '-', e
    except BankError as e:
        print 'bank error', e
