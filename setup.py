"""Package layout: the code lives in src/, the ontology and shapes at the top level of the repo.

Both top-level folders are installed as data packages (kangzhan.ontology, kangzhan.shapes) so an
installed kangzhan finds them through importlib.resources; metadata lives in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages("src", include=["kangzhan*"]), "kangzhan.ontology", "kangzhan.shapes"],
    package_dir={"": "src", "kangzhan.ontology": "ontology", "kangzhan.shapes": "shapes"},
    package_data={
        "kangzhan.ontology": ["*.ttl"],
        "kangzhan.shapes": ["*.ttl"],
        "kangzhan": [
            "extract/lexicons/*",
            "serve/templates/*",
            "serve/static/**/*",
            "link/snapshot/*",
            "data/*",
        ],
    },
    include_package_data=True,
)
