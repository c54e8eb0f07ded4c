namespace Network.Server.Skills;

public enum SkillCategory
{
    Digital,
    Strategic,
    Trade,
}
