package com.campaigntracker.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feishu's, DingTalk's and WeCom's sign-in servers as their open platforms publish them, on one local port (the
 * real ones cannot be reached from here). Each endpoint checks what the platform checks — the app's id and
 * secret, the code (once, for the app it was issued to), Feishu's PKCE verifier against the challenge, the
 * header DingTalk reads the token from — and answers in the platform's own shape, refusals included. A test
 * says who signs in next ({@link #next}).
 */
final class ChatPlatformServer implements AutoCloseable {

    static final String FEISHU_APP = "cli_feishu_app", FEISHU_SECRET = "feishu-secret";
    static final String DINGTALK_CLIENT = "ding-client", DINGTALK_SECRET = "ding-secret";
    static final String WECOM_CORP = "ww-corp", WECOM_AGENT = "1000002", WECOM_SECRET = "wecom-secret";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Map<String, Object>> next = new ConcurrentHashMap<>();
    /** Issued codes: the platform, the person, Feishu's challenge. */
    private final Map<String, Issued> codes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> tokens = new ConcurrentHashMap<>();
    final List<String> refusals = new ArrayList<>();

    private record Issued(String platform, Map<String, Object> person, String challenge, String redirectUri) {
    }

    ChatPlatformServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The person the platform's page signs in next (as if they confirmed on their phone). */
    void next(String platform, Map<String, Object> person) {
        next.put(platform, person);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange call) throws IOException {
        try (call) {
            String path = call.getRequestURI().getPath();
            Map<String, String> query = form(call.getRequestURI().getRawQuery());
            switch (path) {
                // ---- Feishu: authen v1 authorize, authen v2 oauth token, authen v1 user_info ----
                case "/open-apis/authen/v1/authorize" -> {
                    require(query.get("client_id"), FEISHU_APP, "client_id");
                    require(query.get("code_challenge_method"), "S256", "code_challenge_method");
                    back(call, query, "code", issue("feishu", query.get("code_challenge"), query.get("redirect_uri")));
                }
                case "/open-apis/authen/v2/oauth/token" -> {
                    Map<String, Object> body = JSON.readValue(call.getRequestBody(), Map.class);
                    Issued issued = codes.remove(String.valueOf(body.get("code")));
                    boolean right = issued != null && issued.platform.equals("feishu")
                            && "authorization_code".equals(body.get("grant_type"))
                            && FEISHU_APP.equals(body.get("client_id")) && FEISHU_SECRET.equals(body.get("client_secret"))
                            && issued.redirectUri.equals(body.get("redirect_uri"))
                            && issued.challenge.equals(s256(String.valueOf(body.get("code_verifier"))));
                    if (!right) {
                        answer(call, 400, Map.of("code", 20003, "error", "invalid_grant",
                                "error_description", "The authorization code is invalid"));
                        return;
                    }
                    answer(call, 200, Map.of("code", 0, "access_token", token(issued.person), "expires_in", 7200,
                            "token_type", "Bearer", "scope", ""));
                }
                case "/open-apis/authen/v1/user_info" -> {
                    Map<String, Object> person = bearer(call.getRequestHeaders().getFirst("Authorization"));
                    answer(call, 200, person == null ? Map.of("code", 99991668, "msg", "Invalid access token")
                            : Map.of("code", 0, "msg", "success", "data", person));
                }
                // ---- DingTalk: login.dingtalk.com oauth2/auth, v1.0 oauth2/userAccessToken, v1.0 contact/users/me ----
                case "/oauth2/auth" -> {
                    require(query.get("client_id"), DINGTALK_CLIENT, "client_id");
                    require(query.get("response_type"), "code", "response_type");
                    require(query.get("scope"), "openid", "scope");
                    require(query.get("prompt"), "consent", "prompt");
                    back(call, query, "authCode", issue("dingtalk", null, query.get("redirect_uri")));
                }
                case "/v1.0/oauth2/userAccessToken" -> {
                    Map<String, Object> body = JSON.readValue(call.getRequestBody(), Map.class);
                    Issued issued = codes.remove(String.valueOf(body.get("code")));
                    if (issued == null || !issued.platform.equals("dingtalk") || !"authorization_code".equals(body.get("grantType"))
                            || !DINGTALK_CLIENT.equals(body.get("clientId")) || !DINGTALK_SECRET.equals(body.get("clientSecret"))) {
                        answer(call, 400, Map.of("code", "invalidAuthCode", "message", "不合法的临时授权码"));
                        return;
                    }
                    answer(call, 200, Map.of("accessToken", token(issued.person), "refreshToken", UUID.randomUUID().toString(),
                            "expireIn", 7200, "corpId", "ding-corp"));
                }
                case "/v1.0/contact/users/me" -> {
                    Map<String, Object> person = tokens.get(String.valueOf(call.getRequestHeaders().getFirst("x-acs-dingtalk-access-token")));
                    if (person == null) {
                        answer(call, 401, Map.of("code", "InvalidAuthentication", "message", "不合法的access_token"));
                        return;
                    }
                    answer(call, 200, person);
                }
                // the company's directory: the app's token (v1.0 oauth2/accessToken), then oapi's topapi calls
                case "/v1.0/oauth2/accessToken" -> {
                    Map<String, Object> body = JSON.readValue(call.getRequestBody(), Map.class);
                    boolean right = DINGTALK_CLIENT.equals(body.get("appKey")) && DINGTALK_SECRET.equals(body.get("appSecret"));
                    answer(call, right ? 200 : 400, right ? Map.of("accessToken", "ding-app-token", "expireIn", 7200)
                            : Map.of("code", "invalidClientIdOrSecret", "message", "无效的clientId或者clientSecret"));
                }
                case "/topapi/user/getbyunionid", "/topapi/v2/user/get", "/topapi/v2/department/get" -> {
                    Map<String, Object> body = JSON.readValue(call.getRequestBody(), Map.class);
                    if (!"ding-app-token".equals(query.get("access_token"))) {
                        answer(call, 200, Map.of("errcode", 88, "errmsg", "不合法的access_token"));
                        return;
                    }
                    Map<String, Object> member = switch (path) {
                        case "/topapi/user/getbyunionid" -> dingTalkMembers.values().stream()
                                .filter(m -> m.get("unionid").equals(body.get("unionid"))).findFirst()
                                .map(m -> Map.<String, Object>of("contact_type", 0, "userid", m.get("userid"))).orElse(null);
                        case "/topapi/v2/user/get" -> dingTalkMembers.get(String.valueOf(body.get("userid")));
                        default -> "8".equals(String.valueOf(body.get("dept_id")))
                                ? Map.<String, Object>of("dept_id", 8, "name", "品牌市场部") : null;
                    };
                    answer(call, 200, member == null ? Map.of("errcode", 60121, "errmsg", "找不到该用户")
                            : Map.of("errcode", 0, "errmsg", "ok", "result", member));
                }
                // ---- WeCom: wwlogin sso login, cgi-bin gettoken, auth/getuserinfo, user/get, department/get ----
                case "/wwlogin/sso/login" -> {
                    require(query.get("login_type"), "CorpApp", "login_type");
                    require(query.get("appid"), WECOM_CORP, "appid");
                    require(query.get("agentid"), WECOM_AGENT, "agentid");
                    back(call, query, "code", issue("wecom", null, query.get("redirect_uri")));
                }
                case "/cgi-bin/gettoken" -> {
                    boolean right = WECOM_CORP.equals(query.get("corpid")) && WECOM_SECRET.equals(query.get("corpsecret"));
                    answer(call, 200, right ? Map.of("errcode", 0, "errmsg", "ok", "access_token", "wecom-app-token", "expires_in", 7200)
                            : Map.of("errcode", 40001, "errmsg", "invalid credential"));
                }
                case "/cgi-bin/auth/getuserinfo" -> {
                    Issued issued = "wecom-app-token".equals(query.get("access_token")) ? codes.remove(query.get("code")) : null;
                    answer(call, 200, issued == null || !issued.platform.equals("wecom") ? Map.of("errcode", 40029, "errmsg", "invalid code")
                            : Map.of("errcode", 0, "errmsg", "ok", "userid", issued.person.get("userid")));
                }
                case "/cgi-bin/user/get" -> {
                    Map<String, Object> member = weComMembers.get(query.get("userid"));
                    if (!"wecom-app-token".equals(query.get("access_token")) || member == null) {
                        answer(call, 200, Map.of("errcode", 60111, "errmsg", "userid not found"));
                        return;
                    }
                    Map<String, Object> answer = new LinkedHashMap<>(Map.of("errcode", 0, "errmsg", "ok"));
                    answer.putAll(member);
                    answer(call, 200, answer);
                }
                case "/cgi-bin/department/get" -> answer(call, 200, "wecom-app-token".equals(query.get("access_token"))
                        && "7".equals(query.get("id"))
                        ? Map.of("errcode", 0, "errmsg", "ok", "department", Map.of("id", 7, "name", "华东销售部", "parentid", 1))
                        : Map.of("errcode", 60123, "errmsg", "invalid party id"));
                default -> answer(call, 404, Map.of("error", "no such endpoint " + path));
            }
        } catch (IllegalArgumentException e) {
            refusals.add(e.getMessage());
            answer(call, 400, Map.of("error", e.getMessage()));
        }
    }

    /** The DingTalk company's members, as topapi/v2/user/get gives them (with their unionid). */
    private final Map<String, Map<String, Object>> dingTalkMembers = new ConcurrentHashMap<>();

    void dingTalkMember(Map<String, Object> record) {
        dingTalkMembers.put(record.get("userid").toString(), record);
    }

    /** WeCom's member records, as user/get gives them. */
    private final Map<String, Map<String, Object>> weComMembers = new ConcurrentHashMap<>();

    void weComMember(Map<String, Object> record) {
        weComMembers.put(record.get("userid").toString(), record);
    }

    private String issue(String platform, String challenge, String redirectUri) {
        Map<String, Object> person = next.remove(platform);
        if (person == null) {
            throw new IllegalArgumentException("nobody is signing in to " + platform);
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Issued(platform, person, challenge, redirectUri));
        return code;
    }

    private String token(Map<String, Object> person) {
        String token = UUID.randomUUID().toString();
        tokens.put(token, person);
        return token;
    }

    private Map<String, Object> bearer(String header) {
        return header == null || !header.startsWith("Bearer ") ? null : tokens.get(header.substring(7));
    }

    private static void back(HttpExchange call, Map<String, String> query, String codeName, String code) throws IOException {
        String redirect = query.get("redirect_uri");
        call.getResponseHeaders().add("Location", redirect + (redirect.contains("?") ? "&" : "?") + codeName + "="
                + code + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        call.sendResponseHeaders(302, -1);
    }

    private static void answer(HttpExchange call, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        call.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        call.sendResponseHeaders(status, bytes.length);
        call.getResponseBody().write(bytes);
    }

    private static void require(String actual, String expected, String name) {
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException(name + " was " + actual + ", not " + expected);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
