# Rich comparisons: __eq__, __lt__ used by sorted and max, and __ne__ not derived from __eq__.
class Card(object):
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, o):
        return self.rank == o.rank
    def __lt__(self, o):
        return self.rank < o.rank
a, b = Card(3), Card(3)
print a == b, a != b, a < Card(5), Card(5) > a
print [c.rank for c in sorted([Card(9), Card(2), Card(5)])]
print max([Card(1), Card(7), Card(4)]).rank
