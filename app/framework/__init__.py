"""The afwegingskader engine (glossary: Framework): kaders as data files, checked on loading,
and worked through as an Assessment (weging).

- `terms`: the closed vocabularies (question roles, decisions, norms, recipients, actions).
- `model`: a loaded kader as immutable values.
- `loader`: reading a TOML kader, refusing a broken one with a Dutch message per fault.
- `rules`: the structural and safety rules every kader must pass.
- `assessment`: working through a kader (the weging), answer by answer, each with the
  professional's own reason; stored as a record and replayed under the same kader version.
- `library`: the loaded kaders, the settings choices and the default per profession group.
"""
