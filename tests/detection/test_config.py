"""DetectionConfig: a validated, hashable cache key."""
from __future__ import annotations

import pytest

from minimize.detection import DetectionConfig
from minimize.errors import DetectionError


def test_when_config_comes_from_yaml_lists_and_dicts_then_it_is_normalised_and_hashable():
    config = DetectionConfig(
        entities=["PHONE_NUMBER", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        packs=["recognizers/core.yaml"],
        deny_lists={"TEAM": ["red", "blue"], "CODE": ["x1"]},
        allow_list=["noreply@example.com"],
    )
    assert config.entities == ("EMAIL_ADDRESS", "PHONE_NUMBER")
    assert config.packs == ("recognizers/core.yaml",)
    assert config.deny_lists == (("CODE", ("x1",)), ("TEAM", ("blue", "red")))
    assert config.allow_list == ("noreply@example.com",)
    assert hash(config) == hash(DetectionConfig(**{**config.__dict__}))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"score_threshold": 1.5}, "score_threshold must lie between 0 and 1"),  # threshold out of range
        ({"chunk_size": 100, "chunk_overlap": 100}, "chunk_overlap must be >= 0 and smaller than"),  # overlap fills the window
        ({"chunk_overlap": -1}, "chunk_overlap must be >= 0"),  # negative overlap
        ({"packs": "recognizers/core.yaml"}, "detection.packs must be a list"),  # a string where a list belongs
        ({"entities": ("EMAIL_ADDRESS", "")}, "detection.entities[1] must be a non-empty string"),  # empty entity name
        ({"deny_lists": {"TEAM": []}}, "detection.deny_lists.TEAM is empty"),  # deny list without phrases
    ],
)
def test_when_config_is_invalid_then_detection_error_names_the_setting(kwargs, message):
    with pytest.raises(DetectionError) as caught:
        DetectionConfig(**kwargs)
    assert message in str(caught.value)
