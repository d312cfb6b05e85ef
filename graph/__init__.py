"""The partnership knowledge graph: one networkx model, its stores and exports."""
