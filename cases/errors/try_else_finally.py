# try/except/else/finally order on the success path and on the failure path.
def run(fail):
    try:
        print 'body'
        if fail:
            raise ValueError('x')
    except ValueError:
        print 'except'
    else:
        print 'else'
    finally:
        print 'finally'
    print 'after'
run(False)
run(True)
