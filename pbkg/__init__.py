"""The pbkg application: the command line and the build pipeline that wire the layers.

ingest ◄── graph ◄── {queries, viz} ◄── pbkg
"""
