# An uncaught user exception with a custom message ends the program with a traceback.
class ConfigError(Exception):
    pass
def check(cfg):
    if 'name' not in cfg:
        raise ConfigError('missing key: name')
print 'checking'
check({'name': 1})
check({})
