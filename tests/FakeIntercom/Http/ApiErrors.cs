namespace FakeIntercom.Http;

/// <summary>Intercom's error shape: {"type":"error.list","request_id":"…","errors":[{"code":"…","message":"…"}]}.</summary>
public static class ApiErrors
{
    public static IResult Result(int status, string code, string message) =>
        Results.Json(Body(code, message), statusCode: status);

    private static object Body(string code, string message) => new
    {
        type = "error.list",
        request_id = Guid.NewGuid().ToString("N"),
        errors = new[] { new { code, message } },
    };

    public static IResult Unauthorized() => Result(401, "unauthorized", "Access Token Invalid");
    public static IResult RouteNotFound() => Result(404, "route_not_found", "The requested route does not exist");
    public static IResult NotFound(string message = "Resource Not Found") => Result(404, "not_found", message);
    public static IResult UserNotFound() => NotFound("User Not Found");
    public static IResult TagNotFound() => Result(404, "tag_not_found", "Tag not found");
    public static IResult CompanyNotFound() => Result(404, "company_not_found", "Company Not Found");
    public static IResult AdminNotFound(string message = "Admin not found") => Result(404, "admin_not_found", message);
    public static IResult ParameterInvalid(string message) => Result(400, "parameter_invalid", message);
}
