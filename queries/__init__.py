"""Named Cypher queries for analysts, answered by Neo4j or by the embedded graph."""
