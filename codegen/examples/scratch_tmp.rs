fn main() {
    let spec = codegen::load("/tmp/cov/openapi/klink.yaml").unwrap();
    for f in codegen::generate(&spec).unwrap() {
        std::fs::write(format!("/tmp/cov/{}", f.path.replace('/', "_")), f.contents).unwrap();
    }
    std::fs::write("/tmp/cov/surface.txt", codegen::api_surface(&spec).unwrap()).unwrap();
}
