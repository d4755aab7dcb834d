class Broken:
    def __init__(self, why):
        self.why = why
    def __str__(self):
        return 'Broken(' + self.why + ')'
print 'start'
raise Broken('gears')
