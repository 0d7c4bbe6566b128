#include "base/yaml.h"

#include <yaml-cpp/yaml.h>

#include <string>

namespace concord::base {

namespace {

Location at(const YAML::Mark& mark, const std::string& path, int line_offset) {
  if (mark.line < 0) return {path, 0, 0};
  return {path, mark.line + 1 + line_offset, mark.column + 1};
}

YamlNode convert(const YAML::Node& node, const std::string& path, int line_offset) {
  YamlNode out;
  out.where = at(node.Mark(), path, line_offset);
  switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
      out.kind = YamlNode::Kind::null;
      break;
    case YAML::NodeType::Scalar:
      out.kind = YamlNode::Kind::scalar;
      out.scalar = node.Scalar();
      out.quoted = node.Tag() == "!";
      break;
    case YAML::NodeType::Sequence:
      out.kind = YamlNode::Kind::sequence;
      for (const auto& item : node) out.items.push_back(convert(item, path, line_offset));
      break;
    case YAML::NodeType::Map:
      out.kind = YamlNode::Kind::map;
      for (const auto& kv : node) {
        out.entries.emplace_back(convert(kv.first, path, line_offset),
                                 convert(kv.second, path, line_offset));
      }
      break;
  }
  return out;
}

}  // namespace

const YamlNode* YamlNode::find(std::string_view key) const {
  if (kind != Kind::map) return nullptr;
  for (const auto& [k, v] : entries) {
    if (k.is_scalar() && k.scalar == key) return &v;
  }
  return nullptr;
}

std::optional<YamlNode> parse_yaml(std::string_view text, const std::string& path,
                                   Diagnostics& diags, int line_offset) {
  try {
    YAML::Node root = YAML::Load(std::string(text));
    return convert(root, path, line_offset);
  } catch (const YAML::Exception& e) {
    diags.error(at(e.mark, path, line_offset), "invalid YAML: {}; fix the syntax at this position",
                e.msg);
  } catch (const std::exception& e) {
    diags.error({path}, "could not read YAML: {}", e.what());
  }
  return std::nullopt;
}

const char* yaml_kind_name(const YamlNode& n) {
  switch (n.kind) {
    case YamlNode::Kind::null: return "nothing";
    case YamlNode::Kind::scalar: return "text";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::map: return "a map";
  }
  return "?";
}

}  // namespace concord::base
